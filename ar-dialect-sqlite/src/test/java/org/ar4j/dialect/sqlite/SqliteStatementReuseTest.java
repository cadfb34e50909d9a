package org.ar4j.dialect.sqlite;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import com.zaxxer.hikari.HikariDataSource;
import org.ar4j.ActiveRecord;
import org.ar4j.Ar4jException;
import org.ar4j.Database;
import org.ar4j.Id;
import org.ar4j.Table;
import org.ar4j.query.Where;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * SQLite keeps read statements prepared per pooled connection and reuses them (its driver caches none), on ar4j's own
 * pool and on an application's DataSource (whose pool may replace connections or close statements on return). Reuse
 * must be invisible: every read sees its own parameters and the current data, a reused statement holds no lock
 * that keeps another connection from writing, and a statement that failed is never handed out again.
 */
class SqliteStatementReuseTest {
    @Table("reuse_notes")
    public static class Note extends ActiveRecord<Note> {
        @Id public Long id;
        public String text;
        public int n;

        public Note() {
        }

        Note(String text, int n) {
            this.text = text;
            this.n = n;
        }
    }

    @TempDir
    Path dir;

    private String url() {
        return "jdbc:sqlite:" + dir.resolve("reuse.db");
    }

    @Test
    void reusedReadsSeeTheirOwnParametersAndTheCurrentData() {
        try (Database db = Database.connect(url())) {
            randomReadsAndWrites(db, () -> { });
        }
    }

    @Test
    void onAnApplicationPoolReuseSurvivesReplacedConnections() {
        try (HikariDataSource pool = new HikariDataSource()) {
            pool.setJdbcUrl(url());
            pool.setMaximumPoolSize(2);
            try (Database db = Database.builder().dataSource(pool).build()) {
                db.bind(Note.class);
                // the pool replaces its connections half way: cached statements of closed ones are dropped
                randomReadsAndWrites(db, () -> pool.getHikariPoolMXBean().softEvictConnections());
            }
        }
    }

    @Test
    void onAPoolThatClosesStatementsOnReturnEveryReadIsRight() {
        try (HikariDataSource pool = new HikariDataSource()) {
            pool.setJdbcUrl(url());
            pool.setMaximumPoolSize(2);
            try (Database db = Database.builder().dataSource(StatementClosingDataSource.over(pool)).build()) {
                db.bind(Note.class);
                randomReadsAndWrites(db, () -> { });
            }
        }
    }

    @Test
    void underHandlesThatUnwrapToThemselvesStatementsAreStillReused() {
        // Spring's transaction-aware proxy is such a handle, made anew for every borrow: keyed by it, the cache reused
        // nothing and prepared every read again; the statements belong to the driver's connection under the pool
        AtomicInteger prepared = new AtomicInteger();
        try (HikariDataSource pool = new HikariDataSource()) {
            pool.setDataSource(StatementClosingDataSource.countingPrepares(url(), prepared));
            pool.setMaximumPoolSize(2);
            try (Database db = Database.builder().dataSource(StatementClosingDataSource.over(pool)).build()) {
                db.bind(Note.class);
                db.schema().create(Note.class);
                Note note = new Note("kept", 7);
                db.insertAll(List.of(note));
                prepared.set(0);
                for (int i = 0; i < 300; i++) {
                    assertThat(db.find(Note.class, note.id)).map(x -> x.n).contains(7);
                }
                assertThat(prepared.get()).as("300 finds: one statement per pooled connection at most").isLessThanOrEqualTo(2);
                randomReadsAndWrites(db, () -> pool.getHikariPoolMXBean().softEvictConnections());
            }
        }
    }

    /** 2,000 seeded random saves, deletes, updates and reads, every read checked against an in-memory model. */
    private static void randomReadsAndWrites(Database db, Runnable halfWay) {
        Random random = new Random(18);
        db.schema().dropIfExists(Note.class);
        db.schema().create(Note.class);
        Map<Long, Integer> model = new HashMap<>();
        List<Long> ids = new ArrayList<>();
        for (int step = 0; step < 2_000; step++) {
            if (step == 1_000) {
                halfWay.run();
            }
            int op = random.nextInt(10);
            if (op < 2 || ids.isEmpty()) {
                Note note = new Note("t", random.nextInt(1_000));
                note.save();
                model.put(note.id, note.n);
                ids.add(note.id);
            } else if (op < 3) {
                Long id = ids.remove(random.nextInt(ids.size()));
                db.query(Note.class).whereId(id).one().delete();
                model.remove(id);
            } else if (op < 4) {
                Note note = db.query(Note.class).whereId(ids.get(random.nextInt(ids.size()))).one();
                note.n = random.nextInt(1_000);
                note.save();
                model.put(note.id, note.n);
            } else {
                long id = random.nextInt(ids.isEmpty() ? 1 : ids.get(ids.size() - 1).intValue() + 3);
                Optional<Note> found = db.find(Note.class, id);
                assertThat(found.map(x -> x.n)).as("note %d at step %d", id, step)
                        .isEqualTo(Optional.ofNullable(model.get(id)));
                int threshold = random.nextInt(1_000);
                assertThat(db.query(Note.class).where(Where.lt("n", threshold)).count())
                        .isEqualTo(model.values().stream().filter(v -> v < threshold).count());
            }
        }
    }

    @Test
    void manyReusedReadsLeaveAnotherConnectionFreeToWrite() {
        try (Database reader = Database.connect(url()); Database writer = Database.connect(url())) {
            reader.schema().create(Note.class);
            Note first = new Note("first", 1);
            reader.insertAll(List.of(first));
            for (int i = 0; i < 500; i++) {
                assertThat(reader.query(Note.class).whereId(first.id).first()).isPresent();
            }
            assertTimeoutPreemptively(Duration.ofSeconds(10), () -> writer.insertAll(List.of(new Note("second", 2))));
            assertThat(reader.query(Note.class).count()).isEqualTo(2);
        }
    }

    @Test
    void aStatementThatFailedIsNotReused() throws Exception {
        try (Database db = Database.connect(url())) {
            db.schema().create(Note.class);
            Note note = new Note("kept", 7);
            db.insertAll(List.of(note));
            assertThat(db.query(Note.class).whereId(note.id).first()).isPresent();
            db.schema().drop(Note.class);
            assertThatThrownBy(() -> db.query(Note.class).whereId(note.id).first()).isInstanceOf(Ar4jException.class);
            db.schema().create(Note.class);
            Note again = new Note("again", 8);
            db.insertAll(List.of(again));
            assertThat(db.query(Note.class).whereId(again.id).first()).map(x -> x.text).contains("again");
        }
        assertThat(Files.exists(dir.resolve("reuse.db"))).isTrue();
    }
}
