package org.ar4j.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import org.ar4j.ActiveRecord;
import org.ar4j.Database;
import org.ar4j.Id;
import org.ar4j.ReplicaPolicy;
import org.ar4j.Table;

/**
 * A load run (not JMH: throughput of several threads against real servers) of read routing: reads per second on the
 * primary alone against primary + replica, and a write-then-read-it-back loop, checking every read-back. Uses the
 * topologies {@code .ci/replicas start} creates; run with {@code exec:exec@replica-load}. All servers share this one
 * machine, so a replica adds no hardware: the figures show routing's cost and correctness, not scale-out.
 */
public final class ReplicaLoad {
    /** The rows read and written. */
    @Table("bench_replica_rows")
    public static class Row extends ActiveRecord<Row> {
        @Id public Long id;
        public int n;
        public String label;
    }

    private static final int ROWS = 10_000;
    /** Seconds of the same work before each measured phase (JIT, pools, server caches). */
    private static final int WARM_UP = 5;
    private static final int ROUNDS = 2;

    private ReplicaLoad() {
    }

    /** Runs each backend whose URLs are set; args: seconds per phase (10), threads (4). */
    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        System.out.printf(Locale.ROOT, "%d threads, %d s per phase after %d s of warm-up, %d cores%n%n", threads, seconds,
                WARM_UP,
                Runtime.getRuntime().availableProcessors());
        System.out.println("| backend | workload | primary alone | primary + replica | reads on the replica"
                + " | stale read-backs |");
        System.out.println("|---|---|---|---|---|---|");
        run("postgres", System.getenv("AR_TEST_PG_PRIMARY_URL"), System.getenv("AR_TEST_PG_STANDBY_URL"), seconds,
                threads);
        run("mariadb", System.getenv("AR_TEST_MARIADB_PRIMARY_URL"), System.getenv("AR_TEST_MARIADB_REPLICA_URL"),
                seconds, threads);
    }

    private static void run(String name, String primary, String replica, int seconds, int threads) throws Exception {
        if (primary == null || replica == null) {
            System.out.println("| " + name + " | not run: URLs not set (.ci/replicas start prints them) | | | | |");
            return;
        }
        try (Database setup = Database.builder().url(primary).build()) {
            setup.schema().dropIfExists(Row.class);
            setup.schema().create(Row.class);
            List<Row> rows = new ArrayList<>();
            for (int i = 0; i < ROWS; i++) {
                Row r = new Row();
                r.n = i;
                r.label = "row " + i;
                rows.add(r);
            }
            setup.insertAll(rows);
        }
        try (Database onReplica = Database.builder().url(replica).build()) {
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (countOrZero(onReplica) < ROWS && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
        }
        for (boolean writes : new boolean[] {false, true}) {
            // Alternate the two set-ups (A B A B) so neither gains from running later (JIT, caches, autovacuum).
            Result[] alone = new Result[ROUNDS];
            Result[] routed = new Result[ROUNDS];
            for (int round = 0; round < ROUNDS; round++) {
                try (Database db = Database.builder().url(primary).build()) {
                    phase(db, writes, WARM_UP, threads);
                    alone[round] = phase(db, writes, seconds, threads);
                }
                try (Database db = Database.builder().url(primary).replica(replica).replicaPolicy(ReplicaPolicy.defaults())
                        .build()) {
                    phase(db, writes, WARM_UP, threads);
                    routed[round] = phase(db, writes, seconds, threads);
                }
            }
            long stale = 0;
            long checked = 0;
            for (int round = 0; round < ROUNDS; round++) {
                stale += alone[round].stale + routed[round].stale;
                checked += alone[round].checked + routed[round].checked;
            }
            System.out.printf(Locale.ROOT, "| %s | %s | %s ops/s | %s ops/s | %.0f %% | %d of %,d |%n", name,
                    writes ? "update a row, then read it back" : "find by id", rates(alone, seconds), rates(routed, seconds),
                    routed[ROUNDS - 1].replicaShare(), stale, checked);
        }
    }

    private static String rates(Result[] results, int seconds) {
        List<String> out = new ArrayList<>();
        for (Result r : results) {
            out.add(String.format(Locale.ROOT, "%,.0f", r.perSecond(seconds)));
        }
        return String.join(" / ", out);
    }

    private static long countOrZero(Database db) {
        try {
            return db.query(Row.class).count();
        } catch (RuntimeException e) {
            return 0; // the table is not replicated yet
        }
    }

    /** Operations done, reads by server, read-backs checked and found stale. */
    private record Result(long ops, long replicaReads, long reads, long checked, long stale) {
        double perSecond(int seconds) {
            return ops / (double) seconds;
        }

        double replicaShare() {
            return reads == 0 ? 0 : 100.0 * replicaReads / reads;
        }
    }

    private static Result phase(Database db, boolean writes, int seconds, int threads) throws Exception {
        AtomicLong replicaReads = new AtomicLong();
        AtomicLong reads = new AtomicLong();
        db.addQueryListener(e -> {
            if (e.isRead() && "Row".equals(e.model())) {
                reads.incrementAndGet();
                if (e.onReplica()) {
                    replicaReads.incrementAndGet();
                }
            }
        });
        db.find(Row.class, 1L).orElseThrow(); // opens the pools
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<long[]>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int slice = t;
            done.add(pool.submit(() -> {
                long ops = 0;
                long checked = 0;
                long stale = 0;
                ThreadLocalRandom rnd = ThreadLocalRandom.current();
                while (System.nanoTime() < end) {
                    // each thread writes its own rows, so its read-back has one right answer
                    long id = writes ? 1 + slice + (long) threads * rnd.nextInt(ROWS / threads) : 1 + rnd.nextInt(ROWS);
                    Row r = db.find(Row.class, id).orElseThrow();
                    if (writes) {
                        r.n = rnd.nextInt(1_000_000);
                        r.save();
                        checked++;
                        stale += db.find(Row.class, id).orElseThrow().n == r.n ? 0 : 1;
                    }
                    ops++;
                }
                return new long[] {ops, checked, stale};
            }));
        }
        long ops = 0;
        long checked = 0;
        long stale = 0;
        for (Future<long[]> f : done) {
            long[] v = f.get();
            ops += v[0];
            checked += v[1];
            stale += v[2];
        }
        pool.shutdown();
        return new Result(ops, replicaReads.get(), reads.get(), checked, stale);
    }
}
