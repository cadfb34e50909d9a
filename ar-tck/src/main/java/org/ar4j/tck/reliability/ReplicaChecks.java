package org.ar4j.tck.reliability;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.ar4j.Database;
import org.ar4j.QueryEvent;
import org.ar4j.ReplicaPolicy;
import org.ar4j.WritePosition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Read replicas against a real primary and replica that a backend's test class names (one class per backend, as the
 * TCK does): reads landing on the replica, read-your-writes while the replica's replay is paused, hand-over of a
 * write position to another thread, bounded lag, fall-back while the replica is stopped and its return. Every read
 * is checked against the value written, and every statement's server is read from the query listener.
 */
public abstract class ReplicaChecks {
    /** The primary's JDBC URL. */
    protected abstract String primaryUrl();

    /** The replica's JDBC URL. */
    protected abstract String replicaUrl();

    /** Stops the replica applying what it receives (PostgreSQL pg_wal_replay_pause, MariaDB STOP SLAVE SQL_THREAD). */
    protected abstract void pauseReplay(Connection replica) throws SQLException;

    /** Lets the replica apply again. */
    protected abstract void resumeReplay(Connection replica) throws SQLException;

    /** The {@code .ci/replicas} command that stops the replica server, and the one that starts it. */
    protected abstract String[] stopAndStartCommands();

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private final List<QueryEvent> events = new CopyOnWriteArrayList<>();
    private Database writer;
    private Database db;
    private final Random rnd = new Random(20261204L);

    private static void say(String s) {
        System.out.println("[ar4j-replicas] " + s);
    }

    private Database open(ReplicaPolicy policy) {
        // tag::open[]
        Database d = Database.builder()
                .url(primaryUrl())                  // writes, transactions, reads that must be fresh
                .replica(replicaUrl())              // other reads, once it has what the reader wrote
                .replicaPolicy(policy)              // e.g. ReplicaPolicy.defaults().maxLag(Duration.ofSeconds(2))
                .build();
        // end::open[]
        d.addQueryListener(e -> {
            if ("ReplicaNote".equals(e.model())) {
                events.add(e);
            }
        });
        return d;
    }

    @BeforeEach
    void setUp() throws Exception {
        writer = Database.builder().url(primaryUrl()).build();
        writer.schema().dropIfExists(ReplicaNote.class);
        writer.schema().create(ReplicaNote.class);
        ReplicaNote n = new ReplicaNote();
        n.n = 0;
        writer.insertAll(List.of(n));
        awaitOnReplica(0);
    }

    @AfterEach
    void tearDown() throws Exception {
        try (Connection c = replica()) {
            resumeReplay(c);
        }
        if (db != null) {
            db.close();
        }
        writer.close();
    }

    private Connection replica() throws SQLException {
        return DriverManager.getConnection(replicaUrl());
    }

    /** The value the replica holds now, read directly. */
    private int onReplica() throws SQLException {
        try (Connection c = replica(); PreparedStatement ps = c.prepareStatement("SELECT n FROM tck_replica_notes");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getInt(1) : Integer.MIN_VALUE;
        } catch (SQLException e) {
            return Integer.MIN_VALUE; // the table is not replicated yet
        }
    }

    private void awaitOnReplica(int value) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (onReplica() != value) {
            assertThat(System.nanoTime() - deadline).as("the replica replays within " + PATIENCE).isNegative();
            Thread.sleep(20);
        }
    }

    private ReplicaNote note(Database d) {
        return d.query(ReplicaNote.class).one();
    }

    /** The server of the last read of ReplicaNote. */
    private String lastReadServer() {
        for (int i = events.size() - 1; i >= 0; i--) {
            if (events.get(i).isRead()) {
                return events.get(i).server();
            }
        }
        return null;
    }

    @Test
    void readsLandOnTheReplicaAndWritesOnThePrimary() {
        db = open(ReplicaPolicy.defaults());
        events.clear();
        for (int i = 0; i < 20; i++) {
            assertThat(note(db).n).isZero();
        }
        assertThat(events).allSatisfy(e -> assertThat(e.onReplica()).as(e.toString()).isTrue());
        assertThat(events.get(0).server()).startsWith("replica 1 (");
        events.clear();
        ReplicaNote n = note(db);
        n.n = 1;
        n.save();
        assertThat(events.stream().filter(e -> !e.isRead()).toList()).allSatisfy(e -> assertThat(e.onReplica()).isFalse());
        events.clear();
        db.transaction(() -> assertThat(note(db).n).isEqualTo(1));
        assertThat(db.query(ReplicaNote.class).fromPrimary().one().n).isEqualTo(1);
        assertThat(events).allSatisfy(e -> assertThat(e.onReplica()).as("in a transaction or fromPrimary").isFalse());
        say(db.backendName() + ": 20 reads on the replica, writes, transactions and fromPrimary() on the primary");
    }

    @Test
    void readYourWritesWhileReplayIsPaused() throws Exception {
        db = open(ReplicaPolicy.defaults());
        try (Connection c = replica()) {
            pauseReplay(c);
        }
        int stale = 0;
        for (int i = 1; i <= 30; i++) {
            ReplicaNote n = note(db);
            n.n = 1 + rnd.nextInt(1_000_000);
            n.save();
            assertThat(note(db).n).as("read after write " + i).isEqualTo(n.n);
            assertThat(lastReadServer()).isEqualTo(QueryEvent.PRIMARY);
            stale += onReplica() != n.n ? 1 : 0;
        }
        assertThat(stale).as("the replica really is behind while paused").isEqualTo(30);
        int expected = note(db).n;
        // tag::token[]
        // The request that wrote hands its position on, in a header or cookie:
        String header = db.lastWrite().orElseThrow().toString();         // e.g. "postgres:0/3016038"
        // A request served by another thread (or process) reads at least that far:
        Callable<Integer> later = () -> db.readYourWrites(WritePosition.parse(header), () -> note(db).n);
        // end::token[]
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            assertThat(other.submit(() -> note(db).n).get())
                    .as("another thread without the position may read the replica's older value").isZero();
            assertThat(other.submit(later).get()).as("with the position it reads the write").isEqualTo(expected);
        } finally {
            other.shutdownNow();
        }
        try (Connection c = replica()) {
            resumeReplay(c);
        }
        awaitOnReplica(expected);
        events.clear();
        assertThat(note(db).n).isEqualTo(expected);
        assertThat(lastReadServer()).as("once replayed, the replica serves the writer again").startsWith("replica");
        say(db.backendName() + ": 30 writes read back fresh while replay was paused (the replica held the old value"
                + " each time); a token handed to another thread read fresh; reads returned to the replica on resume");
    }

    @Test
    void aWaitForReplayKeepsReadsOnTheReplica() {
        db = open(ReplicaPolicy.defaults().waitForReplay(Duration.ofSeconds(5)));
        int onReplica = 0;
        for (int i = 1; i <= 20; i++) {
            ReplicaNote n = note(db);
            n.n = i;
            n.save();
            assertThat(note(db).n).isEqualTo(i);
            onReplica += lastReadServer().startsWith("replica") ? 1 : 0;
        }
        assertThat(onReplica).as("each read waited for the replica instead of going to the primary").isEqualTo(20);
        say(db.backendName() + ": with waitForReplay 5 s, 20 of 20 read-after-writes were served fresh by the replica");
    }

    @Test
    void aLaggingReplicaIsLeftOutUnderMaxLag() throws Exception {
        db = open(ReplicaPolicy.defaults().maxLag(Duration.ofMillis(500)));
        try (Connection c = replica()) {
            pauseReplay(c);
        }
        long until = System.nanoTime() + Duration.ofMillis(1500).toNanos();
        int value = 0;
        while (System.nanoTime() < until) {
            ReplicaNote n = note(writer);
            n.n = ++value;
            n.save();
            Thread.sleep(50);
        }
        Thread.sleep(ReplicaNodeTiming.LAG_TRUSTED_MILLIS);
        events.clear();
        assertThat(note(db).n).as("a reader without writes of its own still reads within the lag bound").isEqualTo(value);
        assertThat(lastReadServer()).isEqualTo(QueryEvent.PRIMARY);
        try (Connection c = replica()) {
            resumeReplay(c);
        }
        awaitOnReplica(value);
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        do {
            Thread.sleep(ReplicaNodeTiming.LAG_TRUSTED_MILLIS);
            assertThat(note(db).n).isEqualTo(value);
        } while (!lastReadServer().startsWith("replica") && System.nanoTime() < deadline);
        assertThat(lastReadServer()).as("back on the replica once it caught up").startsWith("replica");
        say(db.backendName() + ": with maxLag 500 ms a paused replica was left out and read fresh from the primary;"
                + " back on the replica after it caught up");
    }

    @Test
    void aStoppedReplicaFallsBackWithoutALostReadAndReturns() throws Exception {
        ServerUnderTest.requireFaultInjection();
        db = open(ReplicaPolicy.defaults().retryAfter(Duration.ofSeconds(1)));
        String[] commands = stopAndStartCommands();
        ServerUnderTest.replicas(commands[0]);
        int reads = 0;
        long fallbackMillis;
        try {
            for (int i = 1; i <= 50; i++) {
                ReplicaNote n = note(db);
                n.n = i;
                n.save();
                assertThat(note(db).n).isEqualTo(i);
                assertThat(note(writer).n).isEqualTo(i);
                reads += 1;
                assertThat(lastReadServer()).isEqualTo(QueryEvent.PRIMARY);
            }
            Thread.sleep(1200); // past retryAfter: the replica is tried again
            events.clear();
            ExecutorService other = Executors.newSingleThreadExecutor();
            try {
                long start = System.nanoTime();
                Future<List<Integer>> plain = other.submit(() -> List.of(note(db).n, note(db).n, note(db).n));
                assertThat(plain.get()).as("reads without a write of their own, while the replica is down")
                        .containsExactly(50, 50, 50);
                fallbackMillis = (System.nanoTime() - start) / 1_000_000;
            } finally {
                other.shutdownNow();
            }
            assertThat(events.stream().filter(QueryEvent::isRead).toList())
                    .allSatisfy(e -> assertThat(e.onReplica()).isFalse());
        } finally {
            ServerUnderTest.replicas(commands[1]);
        }
        awaitOnReplica(50);
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        do {
            Thread.sleep(200);
            assertThat(note(db).n).isEqualTo(50);
        } while (!lastReadServer().startsWith("replica") && System.nanoTime() < deadline);
        assertThat(lastReadServer()).as("the replica serves again after it returns").startsWith("replica");
        say(db.backendName() + ": replica stopped: " + reads + " read-after-writes and 3 plain reads (" + fallbackMillis
                + " ms, replica tried first) served by the primary, none lost; the replica served again after it was started");
    }

    /** Timing the checks rely on: how long ar4j trusts a lag measurement, plus a margin. */
    private static final class ReplicaNodeTiming {
        static final long LAG_TRUSTED_MILLIS = 400;
    }
}
