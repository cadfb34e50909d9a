package org.ar4j.dialect.postgres;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.ar4j.Ar4jException;
import org.ar4j.Database;
import org.ar4j.TransactionOutcomeUnknownException;
import org.ar4j.tck.reliability.ServerUnderTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Failover under a write load ({@code .ci/failover}): a primary with a synchronous standby behind a multi-host URL
 * ({@code targetServerType=primary}); the primary is killed and the standby promoted while 4 threads write.
 * Afterwards every write that returned normally is stored, every outcome-unknown commit is counted, and writes
 * resume within a bounded time.
 */
class PostgresFailoverTest {
    private static final long RECOVERY_LIMIT_MS = 30_000;

    private static void say(String s) {
        System.out.println("[ar4j-failover] " + s);
    }

    @Test
    void acknowledgedCommitsSurviveAPromotion() throws Exception {
        ServerUnderTest.requireFaultInjection();
        ServerUnderTest.url("AR_TEST_PG_FAILOVER_URL");
        ServerUnderTest.ci("failover", "reset"); // a fresh pair: primary 5444, synchronous standby 5445
        String url = System.getenv("AR_TEST_PG_FAILOVER_URL");
        Set<Long> acknowledged = ConcurrentHashMap.newKeySet();
        Set<Long> unknown = ConcurrentHashMap.newKeySet();
        Map<String, Integer> failures = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<Long> successTimes = new ConcurrentLinkedQueue<>();
        AtomicLong next = new AtomicLong();
        AtomicBoolean running = new AtomicBoolean(true);
        // tag::failover[]
        Database db = Database.builder()
                .url(url)   // jdbc:postgresql://host1:5444,host2:5445/db?targetServerType=primary&connectTimeout=2
                .property("pool.maxSize", "4")
                .property("pool.connectionTimeoutMs", "2000")
                .build();
        // end::failover[]
        ExecutorService pool = Executors.newFixedThreadPool(4);
        long killedAt;
        try {
            db.schema().create(FailoverRow.class);
            List<Future<?>> writers = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                writers.add(pool.submit(() -> {
                    while (running.get()) {
                        long n = next.incrementAndGet();
                        try {
                            db.transaction(() -> {
                                FailoverRow r = new FailoverRow();
                                r.n = n;
                                r.save();
                            });
                            acknowledged.add(n);
                            successTimes.add(System.nanoTime());
                        } catch (TransactionOutcomeUnknownException e) {
                            unknown.add(n);
                        } catch (Ar4jException e) {
                            failures.merge(e.getClass().getSimpleName(), 1, Integer::sum);
                            sleep(50);
                        }
                    }
                    return null;
                }));
            }
            sleep(2000);
            long before = acknowledged.size();
            ServerUnderTest.ci("failover", "kill-primary");
            killedAt = System.nanoTime(); // the primary is down: no write can succeed until the promotion
            ServerUnderTest.ci("failover", "promote"); // what Patroni or a managed service's failover would do
            long promotedMs = (System.nanoTime() - killedAt) / 1_000_000;
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(RECOVERY_LIMIT_MS + 5_000);
            while (firstAfter(successTimes, killedAt) < 0 && System.nanoTime() < deadline) {
                sleep(50);
            }
            sleep(1000); // a second of writes on the new primary
            running.set(false);
            for (Future<?> f : writers) {
                f.get(60, TimeUnit.SECONDS);
            }
            long resumed = firstAfter(successTimes, killedAt);
            assertThat(resumed).as("a write succeeded after the failover").isPositive();
            long recoveryMs = (resumed - killedAt) / 1_000_000;
            assertThat(recoveryMs).as("writes resume within " + RECOVERY_LIMIT_MS + " ms").isLessThan(RECOVERY_LIMIT_MS);
            Set<Long> stored = new HashSet<>(db.query(FailoverRow.class).pluck("n", Long.class));
            assertThat(stored).as("every acknowledged write is on the new primary").containsAll(acknowledged);
            long unknownStored = unknown.stream().filter(stored::contains).count();
            assertThat(stored.size()).as("nothing stored that was neither acknowledged nor in doubt")
                    .isEqualTo(acknowledged.size() + (int) unknownStored);
            say(before + " writes before the kill; pg_ctl promote returned " + promotedMs + " ms after the primary"
                    + " died; the first write after that succeeded " + recoveryMs + " ms after it died; "
                    + acknowledged.size() + " acknowledged, all stored; " + unknown.size() + " outcome unknown ("
                    + unknownStored + " of them stored); other failures while no primary answered: " + failures);
        } finally {
            running.set(false);
            pool.shutdownNow();
            db.close();
            ServerUnderTest.ci("failover", "stop");
        }
    }

    private static long firstAfter(ConcurrentLinkedQueue<Long> times, long t) {
        long best = -1;
        for (long x : times) {
            if (x > t && (best < 0 || x < best)) {
                best = x;
            }
        }
        return best;
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
