package org.ar4j.tck.reliability;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.ar4j.BackendException;
import org.ar4j.Database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import java.util.Collections;

/** The checks; each prints its figures with an {@code [ar4j-reliability]} prefix. */
public final class ReliabilityChecks {
    private ReliabilityChecks() {
    }

    private static void say(String s) {
        System.out.println("[ar4j-reliability] " + s);
    }

    /**
     * Streams every {@link StreamRow} (the caller filled {@code expectedRows} of them with n = 1..N)
     * and checks the count, the sum and that the used heap stayed under {@code maxHeapBytes}.
     */
    public static void streamsInBoundedMemory(Database db, long expectedRows, long maxHeapBytes) {
        MemoryMXBean mem = ManagementFactory.getMemoryMXBean();
        long start = System.nanoTime();
        long count = 0;
        long sum = 0;
        long peak = 0;
        try (Stream<StreamRow> rows = db.query(StreamRow.class).orderBy("id").stream()) {
            var it = rows.iterator();
            while (it.hasNext()) {
                StreamRow r = it.next();
                count++;
                sum += r.n;
                if ((count & 0x1FFFF) == 0) {
                    // Live heap, not garbage: collect, then read what is still reachable.
                    System.gc();
                    peak = Math.max(peak, mem.getHeapMemoryUsage().getUsed());
                }
            }
        }
        long ms = Duration.ofNanos(System.nanoTime() - start).toMillis();
        say(db.backendName() + ": streamed " + count + " rows in " + ms + " ms, peak live heap " + peak / (1024 * 1024)
                + " MiB of max " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB");
        assertThat(count).isEqualTo(expectedRows);
        assertThat(sum).isEqualTo(expectedRows * (expectedRows + 1) / 2);
        assertThat(peak).as("peak live heap while streaming").isLessThan(maxHeapBytes);
    }

    /**
     * With a pool of {@code poolSize} connections all held by open streams, one more operation times
     * out with an error naming the pool size.
     */
    public static void poolExhaustionNamesPoolSize(Database db, int poolSize) throws Exception {
        for (int i = 0; i < poolSize + 1; i++) {
            StreamRow r = new StreamRow();
            r.n = i;
            db.insertAll(List.of(r));
        }
        ExecutorService holders = Executors.newFixedThreadPool(poolSize);
        CountDownLatch held = new CountDownLatch(poolSize);
        CountDownLatch release = new CountDownLatch(1);
        try {
            for (int i = 0; i < poolSize; i++) {
                holders.submit(() -> {
                    try (Stream<StreamRow> s = db.query(StreamRow.class).stream()) {
                        s.iterator().next();
                        held.countDown();
                        release.await(30, TimeUnit.SECONDS);
                    }
                    return null;
                });
            }
            assertThat(held.await(30, TimeUnit.SECONDS)).isTrue();
            long t0 = System.nanoTime();
            assertThatThrownBy(() -> db.query(StreamRow.class).count())
                    .isInstanceOf(BackendException.class)
                    .hasMessageContaining("max size " + poolSize);
            say(db.backendName() + ": pool of " + poolSize + " exhausted; the next operation failed after "
                    + Duration.ofNanos(System.nanoTime() - t0).toMillis() + " ms, naming the pool size");
        } finally {
            release.countDown();
            holders.shutdown();
            holders.awaitTermination(30, TimeUnit.SECONDS);
        }
        assertThat(db.query(StreamRow.class).count()).as("the pool works again").isEqualTo(poolSize + 1);
    }

    /**
     * Runs a write workload of one-row transactions while {@code restart} restarts the server,
     * then checks that the pool recovered within {@code maxRecovery}, that failures were clear
     * exceptions, and that every committed row is there.
     */
    public static void survivesServerRestart(Database db, Runnable restart, Duration maxRecovery) throws Exception {
        Set<Long> committed = ConcurrentHashMap.newKeySet();
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong lastSuccess = new AtomicLong(System.nanoTime());
        AtomicLong attempts = new AtomicLong();
        Thread worker = new Thread(() -> {
            while (!stop.get()) {
                attempts.incrementAndGet();
                try {
                    StreamRow r = db.inTransaction(() -> {
                        StreamRow row = new StreamRow();
                        row.n = 1;
                        row.label = "w";
                        row.save();
                        return row;
                    });
                    committed.add(r.id);
                    lastSuccess.set(System.nanoTime());
                } catch (RuntimeException e) {
                    failures.add(e.getClass().getSimpleName() + ": " + e.getMessage());
                    try {
                        Thread.sleep(50);
                    } catch (InterruptedException ie) {
                        return;
                    }
                }
            }
        }, "ar4j-restart-workload");
        worker.start();
        Thread.sleep(1_000);
        int before = committed.size();
        long restartStart = System.nanoTime();
        restart.run();
        long restartEnd = System.nanoTime();
        long deadline = restartEnd + maxRecovery.toNanos();
        while (lastSuccess.get() < restartEnd && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        long recoveredAt = lastSuccess.get();
        Thread.sleep(1_000);
        stop.set(true);
        worker.join(60_000);
        double recovery = (recoveredAt - restartEnd) / 1e9;
        say(db.backendName() + ": restart took " + (restartEnd - restartStart) / 1_000_000 + " ms; " + attempts.get()
                + " transactions attempted, " + committed.size() + " committed (" + before + " before the restart), "
                + failures.size() + " failed during it; first success " + String.format("%.2f", recovery)
                + " s after the server was back");
        assertThat(recoveredAt).as("a transaction succeeded after the restart within " + maxRecovery)
                .isGreaterThan(restartEnd);
        for (String f : failures) {
            assertThat(f).as("failures are ar4j exceptions with a cause")
                    .matches("(?s)(BackendException|Ar4jException|ConfigurationException"
                    + "|TransactionRolledBackException|TransactionOutcomeUnknownException): .+");
        }
        List<Long> stored = db.query(StreamRow.class).pluck("id", Long.class);
        assertThat(stored).as("every committed write is there").containsAll(committed);
        say(db.backendName() + ": " + committed.size() + " committed writes verified present after the restart");
    }
}
