package org.ar4j.dialect.mysql;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;

import org.ar4j.Ar4jException;
import org.ar4j.Database;
import org.ar4j.Retry;
import org.ar4j.TransactionOutcomeUnknownException;
import org.ar4j.tck.reliability.ServerUnderTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 3-node MariaDB Galera cluster ({@code .ci/galera start}): one {@link Database} per node, 8 threads each,
 * incrementing shared counters with {@link Retry}; a node killed mid-run; reading one's write through another node.
 * Every count is checked against the stored rows, read through a node that waits for the cluster
 * ({@code wsrep_sync_wait=1}).
 */
class GaleraClusterTest {
    private static final int COUNTERS = 4;
    private static final int THREADS = 8;
    /** Galera's causality check on each read: a read waits until the node has applied every earlier commit. */
    private static final String SYNC_WAIT = "&sessionVariables=wsrep_sync_wait=1";

    /** Per counter, the value each acknowledged increment wrote. */
    private final Map<Integer, List<Long>> written = new ConcurrentHashMap<>();
    private final List<Database> nodes = new ArrayList<>();
    private final AtomicInteger retries = new AtomicInteger();

    private static void say(String s) {
        System.out.println("[ar4j-galera] " + s);
    }

    private static String[] urls() {
        String[] urls = ServerUnderTest.url("AR_TEST_GALERA_URLS").split(",");
        assertThat(urls).as("AR_TEST_GALERA_URLS: three node URLs, comma-separated").hasSize(3);
        return urls;
    }

    private Database open(String url) {
        Database d = Database.builder().url(url).property("pool.maxSize", String.valueOf(THREADS))
                .property("pool.connectionTimeoutMs", "5000").build();
        d.addQueryListener(e -> {
            if (e.isRetry()) {
                retries.incrementAndGet();
            }
        });
        return d;
    }

    @BeforeEach
    void setUp() {
        for (String url : urls()) {
            nodes.add(open(url + SYNC_WAIT));
        }
        Database first = nodes.get(0);
        first.schema().dropIfExists(GaleraCounter.class);
        first.schema().create(GaleraCounter.class);
        List<GaleraCounter> counters = new ArrayList<>();
        for (int i = 0; i < COUNTERS; i++) {
            counters.add(new GaleraCounter());
        }
        first.insertAll(counters);
    }

    @AfterEach
    void tearDown() {
        nodes.forEach(Database::close);
    }

    /** One client thread: {@code increments} read-increment-write transactions on random counters. */
    private final class Client implements Runnable {
        final Database db;
        final int increments;
        final Random random;
        final AtomicLongArray acknowledged;
        final AtomicLongArray unknown;
        final List<Throwable> failures;
        final boolean stopAfterFailure;

        Client(Database db, int increments, long seed, AtomicLongArray acknowledged, AtomicLongArray unknown,
               List<Throwable> failures, boolean stopAfterFailure) {
            this.db = db;
            this.increments = increments;
            this.random = new Random(seed);
            this.acknowledged = acknowledged;
            this.unknown = unknown;
            this.failures = failures;
            this.stopAfterFailure = stopAfterFailure;
        }

        @Override
        public void run() {
            List<Long> ids = db.query(GaleraCounter.class).orderBy("id").pluck("id", Long.class);
            for (int i = 0; i < increments; i++) {
                int k = random.nextInt(COUNTERS);
                long id = ids.get(k);
                long[] wrote = new long[1];
                try {
                    // tag::retry[]
                    db.transaction(Retry.onConflict(30).backoff(Duration.ofMillis(1), Duration.ofMillis(100)), () -> {
                        GaleraCounter c = db.query(GaleraCounter.class).whereId(id).forUpdate().one();
                        c.value = c.value + 1;
                        wrote[0] = c.value; // the test checks that each value is written once
                        c.save();   // a concurrent commit on another node fails certification: run again
                    });
                    // end::retry[]
                    acknowledged.incrementAndGet(k);
                    written.computeIfAbsent(k, x -> new CopyOnWriteArrayList<>()).add(wrote[0]);
                } catch (RuntimeException e) {
                    if (e instanceof TransactionOutcomeUnknownException) {
                        unknown.incrementAndGet(k); // it may or may not be stored
                    }
                    failures.add(e);
                    if (stopAfterFailure) {
                        return;
                    }
                }
            }
        }
    }

    private static long[] stored(Database db) {
        long[] values = new long[COUNTERS];
        List<GaleraCounter> all = db.query(GaleraCounter.class).orderBy("id").all();
        for (int i = 0; i < COUNTERS; i++) {
            values[i] = all.get(i).value;
        }
        return values;
    }

    private static void await(List<Future<?>> futures) throws Exception {
        for (Future<?> f : futures) {
            f.get(300, TimeUnit.SECONDS);
        }
    }

    @Test
    void incrementsOnThreeNodesLoseNothingAndDoubleNothing() throws Exception {
        int perThread = 25;
        AtomicLongArray acknowledged = new AtomicLongArray(COUNTERS);
        AtomicLongArray unknown = new AtomicLongArray(COUNTERS);
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(3 * THREADS);
        long start = System.nanoTime();
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int n = 0; n < 3; n++) {
                for (int t = 0; t < THREADS; t++) {
                    running.add(pool.submit(new Client(nodes.get(n), perThread, 100L * n + t, acknowledged, unknown,
                            failures, false)));
                }
            }
            await(running);
        } finally {
            pool.shutdownNow();
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertThat(failures).as("no increment failed after its retries").isEmpty();
        assertEveryValueWrittenOnce(acknowledged);
        long total = 0;
        for (int n = 0; n < 3; n++) {
            long[] values = stored(nodes.get(n));
            for (int k = 0; k < COUNTERS; k++) {
                assertThat(values[k]).as("counter " + k + " read through node " + (n + 1)).isEqualTo(acknowledged.get(k));
            }
        }
        for (int k = 0; k < COUNTERS; k++) {
            total += acknowledged.get(k);
        }
        assertThat(total).isEqualTo(3L * THREADS * perThread);
        say(total + " increments from 3 nodes x " + THREADS + " threads on " + COUNTERS + " counters in " + ms
                + " ms: every counter equals its acknowledged increments on every node; " + retries.get()
                + " retries after conflicts");
    }

    @Test
    void aKilledNodesClientsFailClearlyAndTheOthersGoOn() throws Exception {
        ServerUnderTest.requireFaultInjection();
        int perThread = 40;
        AtomicLongArray acknowledged = new AtomicLongArray(COUNTERS);
        AtomicLongArray unknown = new AtomicLongArray(COUNTERS);
        List<Throwable> survivors = new CopyOnWriteArrayList<>();
        List<Throwable> killed = new CopyOnWriteArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(3 * THREADS);
        long killedAt;
        long end;
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int n = 0; n < 3; n++) {
                for (int t = 0; t < THREADS; t++) {
                    running.add(pool.submit(new Client(nodes.get(n), perThread, 1000L * n + t, acknowledged, unknown,
                            n == 2 ? killed : survivors, n == 2)));
                }
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (sum(acknowledged) < 3L * THREADS * perThread / 4 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            killedAt = System.nanoTime();
            long before = sum(acknowledged);
            ServerUnderTest.ci("galera", "kill-node", "3");
            say("node 3 killed after " + before + " acknowledged increments");
            await(running);
            end = System.nanoTime();
        } finally {
            pool.shutdownNow();
        }
        long[] values;
        try {
            values = checkAfterTheKill(acknowledged, unknown, killed, survivors);
        } finally {
            long restart = System.nanoTime();
            ServerUnderTest.ci("galera", "start-node", "3"); // the cluster whole again for the next test
            say("node 3 rejoined (state transfer) in " + (System.nanoTime() - restart) / 1_000_000 + " ms");
        }
        say("after the kill the 16 clients of nodes 1 and 2 finished in " + (end - killedAt) / 1_000_000 + " ms");
        try (Database rejoined = open(urls()[2] + SYNC_WAIT)) {
            assertThat(stored(rejoined)).as("node 3 rejoined with every commit").containsExactly(values);
        }
    }

    /** The failures and stored values after the kill; returns the stored values. */
    private long[] checkAfterTheKill(AtomicLongArray acknowledged, AtomicLongArray unknown, List<Throwable> killed,
                                     List<Throwable> survivors) {
        assertThat(survivors).as("clients of nodes 1 and 2 finish every increment").isEmpty();
        assertThat(killed).as("node 3's clients see failures").isNotEmpty();
        Map<String, Integer> kinds = new ConcurrentHashMap<>();
        for (Throwable t : killed) {
            assertThat(t).as("a failure on the killed node is an ar4j exception saying what failed")
                    .isInstanceOf(Ar4jException.class);
            assertThat(t.getMessage()).isNotBlank();
            kinds.merge(t.getClass().getSimpleName(), 1, Integer::sum);
        }
        long[] values = stored(nodes.get(0));
        long totalUnknown = 0;
        for (int k = 0; k < COUNTERS; k++) {
            assertThat(values[k]).as("counter " + k + ": no acknowledged increment lost, none doubled")
                    .isBetween(acknowledged.get(k), acknowledged.get(k) + unknown.get(k));
            totalUnknown += unknown.get(k);
        }
        assertThat(stored(nodes.get(1))).containsExactly(values);
        say("node 3's 8 clients saw " + kinds + " (first: " + killed.get(0).getMessage() + "); " + sum(acknowledged)
                + " acknowledged, " + totalUnknown + " with unknown outcome; stored " + Arrays.toString(values));
        return values;
    }

    /**
     * The acknowledged increments of each counter wrote 1, 2, ... n, each once: a lost update shows as a value
     * written twice (two transactions read the same value), a commit that silently did nothing as a gap.
     */
    private void assertEveryValueWrittenOnce(AtomicLongArray acknowledged) {
        for (int k = 0; k < COUNTERS; k++) {
            List<Long> values = new ArrayList<>(written.getOrDefault(k, List.of()));
            values.sort(null);
            List<Long> expected = new ArrayList<>();
            for (long v = 1; v <= acknowledged.get(k); v++) {
                expected.add(v);
            }
            assertThat(values).as("values written by counter " + k + "'s acknowledged increments").isEqualTo(expected);
        }
    }

    private static long sum(AtomicLongArray a) {
        long s = 0;
        for (int i = 0; i < a.length(); i++) {
            s += a.get(i);
        }
        return s;
    }

    @Test
    void aWriteIsReadThroughAnotherNodeWithSyncWait() throws Exception {
        String[] urls = urls();
        try (Database writer = open(urls[0]); Database reader = open(urls[1] + SYNC_WAIT);
             Database eventual = open(urls[2])) {
            long id = writer.query(GaleraCounter.class).orderBy("id").pluck("id", Long.class).get(0);
            int stale = 0;
            for (int i = 1; i <= 200; i++) {
                GaleraCounter c = writer.query(GaleraCounter.class).whereId(id).one();
                c.value = i;
                c.save();
                assertThat(reader.query(GaleraCounter.class).whereId(id).one().value)
                        .as("write " + i + " read on another node with wsrep_sync_wait=1").isEqualTo(i);
                stale += eventual.query(GaleraCounter.class).whereId(id).one().value != i ? 1 : 0;
            }
            say("200 writes on node 1 each read back on node 2 with wsrep_sync_wait=1; node 3 without it returned"
                    + " the previous value " + stale + " times");
        }
    }
}
