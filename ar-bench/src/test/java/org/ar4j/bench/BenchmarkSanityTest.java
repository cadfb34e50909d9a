package org.ar4j.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every implementation of a benchmark computes the same thing (SQLite only; fast). */
class BenchmarkSanityTest {

    @Test
    void graphImplementationsAgreeAndQueryCountsAreAsDocumented() throws Exception {
        GraphBenchmarks g = new GraphBenchmarks();
        g.backend = "sqlite";
        g.setUp();
        try {
            int expected = BenchData.USERS * BenchData.POSTS_PER_USER * BenchData.COMMENTS_PER_POST;
            assertThat(g.graph_jdbc()).isEqualTo(expected);
            assertThat(g.graph_ar4j()).isEqualTo(expected);
            assertThat(g.graph_hibernateSubselect()).isEqualTo(expected);
            assertThat(g.lazy_ar4jPeers()).isEqualTo(expected);
            assertThat(g.lazy_ar4jOne()).isEqualTo(expected);
            assertThat(g.lazy_jdbcNPlusOne()).isEqualTo(expected);
            int[] counts = g.queryCounts();
            System.out.println("[ar4j-bench] queries: eager " + counts[0] + ", PEERS " + counts[1] + ", ONE " + counts[2]);
            assertThat(counts[0]).isEqualTo(3);
            assertThat(counts[1]).isEqualTo(3);
            assertThat(counts[2]).isEqualTo(1 + BenchData.USERS + BenchData.USERS * BenchData.POSTS_PER_USER);
        } finally {
            g.tearDown();
        }
    }

    @Test
    void insertImplementationsStoreEveryRowAndHandBackItsId() throws Exception {
        InsertBenchmarks b = new InsertBenchmarks();
        b.backend = "sqlite";
        b.setUp();
        try {
            b.empty();
            long jdbcLast = (Long) b.insert_jdbc();
            assertThat(b.db.query(Models.Item.class).count()).isEqualTo(InsertBenchmarks.ROWS);
            assertThat(b.db.query(Models.Item.class).max("id", Long.class)).contains(jdbcLast);
            b.empty();
            long ar4jLast = (Long) b.insert_ar4j();
            assertThat(b.db.query(Models.Item.class).count()).isEqualTo(InsertBenchmarks.ROWS);
            assertThat(b.db.query(Models.Item.class).max("id", Long.class)).contains(ar4jLast);
        } finally {
            b.tearDown();
        }
    }
}
