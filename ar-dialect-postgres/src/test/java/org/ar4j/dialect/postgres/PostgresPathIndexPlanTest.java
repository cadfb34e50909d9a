package org.ar4j.dialect.postgres;

import org.ar4j.tck.reliability.PathIndexPlan;
import org.ar4j.tck.reliability.ServerUnderTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** An equality on an indexed JSON path is answered by PostgreSQL's hash index on the jsonb at that path. */
class PostgresPathIndexPlanTest {
    @Test
    void equalityOnAnIndexedPathScansTheHashIndex() throws Exception {
        String url = ServerUnderTest.url("AR_TEST_POSTGRES_URL");
        String plan = PathIndexPlan.of(url, url, "EXPLAIN ", "SET enable_seqscan = off");
        assertThat(plan).containsPattern("Bitmap Index Scan on " + PathIndexPlan.INDEX + "|Index Scan using " + PathIndexPlan.INDEX);
    }
}
