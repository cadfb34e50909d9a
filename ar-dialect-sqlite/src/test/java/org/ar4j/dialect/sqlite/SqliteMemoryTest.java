package org.ar4j.dialect.sqlite;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.ar4j.ActiveRecord;
import org.ar4j.Database;
import org.ar4j.Id;
import org.ar4j.Table;
import org.ar4j.relation.BelongsTo;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What differs on an in-memory SQLite database, whose pool keeps one connection: a stream reads through
 * a connection of its own, so lazy loads, writes and transactions made while it is open run on the pool's
 * connection and commit at once; concurrent transactions queue on that one connection.
 */
class SqliteMemoryTest {
    @Table("m_owners")
    public static class MOwner extends ActiveRecord<MOwner> {
        @Id public Long id;
        public String name;

        public MOwner() {
        }

        MOwner(String name) {
            this.name = name;
        }
    }

    @Table("m_items")
    public static class MItem extends ActiveRecord<MItem> {
        @Id public Long id;
        public Long ownerId;
        public int n;
        public static final BelongsTo<MOwner> OWNER = belongsTo(MOwner.class);

        public MItem() {
        }
    }

    @Test
    void streamDoesNotHoldWritesOrLazyLoads() {
        try (Database db = Database.connect("jdbc:sqlite::memory:")) {
            db.schema().create(MOwner.class, MItem.class);
            MOwner owner = db.inTransaction(() -> {
                MOwner o = new MOwner("o");
                db.insertAll(List.of(o));
                return o;
            });
            List<MItem> items = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                MItem it = new MItem();
                it.ownerId = owner.id;
                it.n = i;
                items.add(it);
            }
            db.insertAll(items);
            int seen = 0;
            try (Stream<MItem> s = db.query(MItem.class).orderBy("n").stream()) {
                for (MItem it : (Iterable<MItem>) s::iterator) {
                    assertThat(MItem.OWNER.get(it).name).isEqualTo("o");
                    if (it.n % 50 == 0) {
                        MOwner written = new MOwner("w" + it.n);
                        db.insertAll(List.of(written));
                        db.transaction(() -> db.query(MOwner.class).whereId(written.id).updateAll(
                                java.util.Map.of("name", "t" + it.n)));
                        assertThat(db.query(MOwner.class).where("name", "t" + it.n).count()).isEqualTo(1);
                    }
                    seen++;
                }
            }
            assertThat(seen).isEqualTo(200);
            assertThat(db.query(MOwner.class).count()).isEqualTo(5);
        }
    }

    @Test
    void concurrentReadThenWriteTransactionsAllCommit() throws Exception {
        try (Database db = Database.connect("jdbc:sqlite::memory:")) {
            db.schema().create(MOwner.class);
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<Future<?>> done = new ArrayList<>();
                for (int t = 0; t < 8; t++) {
                    int thread = t;
                    done.add(pool.submit(() -> {
                        for (int i = 0; i < 40; i++) {
                            String name = thread + "-" + i;
                            db.transaction(() -> {
                                db.query(MOwner.class).count();
                                db.insertAll(List.of(new MOwner(name)));
                            });
                        }
                    }));
                }
                for (Future<?> f : done) {
                    f.get(60, TimeUnit.SECONDS);
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(db.query(MOwner.class).count()).isEqualTo(320);
        }
    }
}
