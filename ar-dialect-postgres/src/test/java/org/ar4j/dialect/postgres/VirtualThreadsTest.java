package org.ar4j.dialect.postgres;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;
import org.ar4j.Database;
import org.ar4j.tck.reliability.ServerUnderTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * 10,000 virtual threads doing finds, eager loads and transactions through a pool of 10 connections (Java 21+; CI
 * runs it on Java 25): every task completes, each transaction sees its own write and nobody else's uncommitted one,
 * and JFR's {@code jdk.VirtualThreadPinned} events are counted, split into ar4j's own frames and the rest; a pin
 * inside ar4j fails the test. Throughput is reported, not asserted (this machine's neighbours move it by more than
 * the differences sought): the same tasks on virtual threads and on 64 platform threads, through ar4j and written by
 * hand on a HikariCP pool of the same size, in rounds whose order rotates, each round's four runs back to back; the
 * figures are medians of the per-round ratios, so a slow minute slows every variant of its round alike.
 */
class VirtualThreadsTest {
    private static final int TASKS = 10_000;
    private static final int ROUNDS = 9;
    private static final List<String> VARIANTS = List.of("ar4j virtual", "ar4j platform", "by hand virtual",
            "by hand platform");

    private static void say(String s) {
        System.out.println("[ar4j-virtual-threads] " + s);
    }

    /** Java 21's Executors.newVirtualThreadPerTaskExecutor, called reflectively: the project compiles for Java 17. */
    private static ExecutorService virtualThreads() throws Exception {
        return (ExecutorService) Executors.class.getMethod("newVirtualThreadPerTaskExecutor").invoke(null);
    }

    @Test
    void tenThousandVirtualThreadsThroughTenConnections() throws Exception {
        int feature = Runtime.version().feature();
        if (feature < 21) {
            System.out.println("[ar4j-virtual-threads] skipped: Java " + feature + " has no virtual threads; CI runs"
                    + " this test on Java 25 as well");
        }
        assumeTrue(feature >= 21, "virtual threads need Java 21+");
        String url = ServerUnderTest.url("AR_TEST_POSTGRES_URL");
        HikariConfig hc = new HikariConfig();
        hc.setJdbcUrl(url);
        hc.setMaximumPoolSize(10);
        hc.setConnectionTimeout(120_000);
        try (Database db = Database.builder().url(url).property("pool.maxSize", "10")
                .property("pool.connectionTimeoutMs", "120000").build();
             HikariDataSource pool = new HikariDataSource(hc)) {
            db.schema().dropIfExists(VtModels.Note.class, VtModels.Reader.class);
            db.schema().create(VtModels.Reader.class, VtModels.Note.class);
            List<VtModels.Reader> users = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                users.add(new VtModels.Reader("vt" + i));
            }
            db.insertAll(users);
            long[] ids = VtWork.ids(users);
            Map<String, VtWork> work = Map.of("ar4j", VtWork.ar4j(db), "by hand", VtWork.byHand(pool));
            // warm-up: the first uses load classes, and a virtual thread that waits for a class being loaded by
            // another is pinned (the JVM's loader, not ar4j's code); the recording starts after it
            for (String variant : VARIANTS) {
                run(variant, work, ids);
            }
            Path jfr = Files.createTempFile("ar4j-vt", ".jfr");
            Map<String, List<Double>> rates = new LinkedHashMap<>();
            try (Recording recording = new Recording()) {
                recording.enable("jdk.VirtualThreadPinned").withThreshold(Duration.ZERO).withStackTrace();
                recording.start();
                for (int round = 0; round < ROUNDS; round++) {
                    List<String> order = new ArrayList<>(VARIANTS);
                    Collections.rotate(order, round);
                    for (String variant : order) {
                        rates.computeIfAbsent(variant, v -> new ArrayList<>()).add(run(variant, work, ids));
                    }
                }
                recording.stop();
                recording.dump(jfr);
            }
            Map<String, Integer> pinned = pinnedBySource(jfr);
            Files.deleteIfExists(jfr);
            assertThat(db.query(VtModels.Note.class).count()).as("every transaction committed its note once")
                    .isEqualTo((long) VARIANTS.size() * (ROUNDS + 1) * transactions());
            say(String.format("Java %d, %d tasks (find, eager load, transaction) per run through 10 connections, %d"
                    + " rounds; median tasks/s: %s", feature, TASKS, ROUNDS, medians(rates)));
            say(String.format("virtual ÷ platform threads, median of rounds [quartiles]: ar4j %s, by hand %s;"
                    + " ar4j ÷ by hand on virtual threads %s; jdk.VirtualThreadPinned events: %s",
                    ratio(rates, "ar4j virtual", "ar4j platform"), ratio(rates, "by hand virtual", "by hand platform"),
                    ratio(rates, "ar4j virtual", "by hand virtual"), pinned.isEmpty() ? "none" : pinned));
            assertThat(pinned.getOrDefault("ar4j", 0)).as("pinned inside ar4j's own code").isZero();
        }
    }

    /** One run of a variant ("ar4j virtual", ...): every task, every third a transaction. Returns tasks per second. */
    private static double run(String variant, Map<String, VtWork> work, long[] ids) throws Exception {
        boolean virtual = variant.endsWith("virtual");
        VtWork tasks = work.get(variant.substring(0, variant.lastIndexOf(' ')));
        ExecutorService executor = virtual ? virtualThreads() : Executors.newFixedThreadPool(64);
        String label = variant + "-" + System.nanoTime();
        AtomicInteger ownWriteSeen = new AtomicInteger();
        long start = System.nanoTime();
        List<Future<Integer>> done = new ArrayList<>(TASKS);
        try {
            for (int i = 0; i < TASKS; i++) {
                int n = i;
                long id = ids[n % ids.length];
                Callable<Integer> task = () -> {
                    int result = tasks.run(n, id, label);
                    if (VtWork.isTransaction(n) && result == 1) {
                        ownWriteSeen.incrementAndGet();
                    }
                    return result;
                };
                done.add(executor.submit(task));
            }
            for (Future<Integer> f : done) {
                f.get(300, TimeUnit.SECONDS);
            }
        } finally {
            executor.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        assertThat(ownWriteSeen.get()).as(variant + ": each transaction saw its own write").isEqualTo(transactions());
        return TASKS / seconds;
    }

    private static String medians(Map<String, List<Double>> rates) {
        StringBuilder s = new StringBuilder();
        rates.forEach((variant, r) -> s.append(s.length() == 0 ? "" : ", ").append(variant).append(' ')
                .append(Math.round(quantile(new ArrayList<>(r), 0.5))));
        return s.toString();
    }

    /** The median and quartiles of the per-round ratios of {@code a} to {@code b}. */
    private static String ratio(Map<String, List<Double>> rates, String a, String b) {
        List<Double> ratios = new ArrayList<>();
        for (int i = 0; i < ROUNDS; i++) {
            ratios.add(rates.get(a).get(i) / rates.get(b).get(i));
        }
        return String.format("%.2f [%.2f, %.2f]", quantile(ratios, 0.5), quantile(ratios, 0.25), quantile(ratios, 0.75));
    }

    private static double quantile(List<Double> values, double q) {
        Collections.sort(values);
        return values.get((int) Math.round(q * (values.size() - 1)));
    }

    private static int transactions() {
        int t = 0;
        for (int i = 0; i < TASKS; i++) {
            t += VtWork.isTransaction(i) ? 1 : 0;
        }
        return t;
    }

    /** Pinned events by where they happened: "ar4j" when an ar4j frame is on the stack below the driver, else the top frame's class. */
    private static Map<String, Integer> pinnedBySource(Path jfr) throws Exception {
        Map<String, Integer> bySource = new ConcurrentHashMap<>();
        for (RecordedEvent e : RecordingFile.readAllEvents(jfr)) {
            if (!e.getEventType().getName().equals("jdk.VirtualThreadPinned")) {
                continue;
            }
            String source = "unknown";
            if (e.getStackTrace() != null) {
                List<RecordedFrame> frames = e.getStackTrace().getFrames();
                String top = frames.isEmpty() ? "unknown" : frames.get(0).getMethod().getType().getName();
                source = top;
                for (RecordedFrame f : frames) {
                    String type = f.getMethod().getType().getName();
                    if (type.startsWith("org.ar4j.") && !type.startsWith("org.ar4j.dialect.postgres.VirtualThreadsTest")
                            && !type.startsWith("org.ar4j.dialect.postgres.VtWork")) {
                        source = top.startsWith("org.ar4j.") ? "ar4j" : top + " (a driver or JDK frame, under ar4j)";
                        break;
                    }
                }
            }
            bySource.merge(source, 1, Integer::sum);
            if (source.equals("ar4j") && e.getStackTrace() != null) {
                StringBuilder trace = new StringBuilder();
                for (RecordedFrame f : e.getStackTrace().getFrames()) {
                    trace.append("\n    ").append(f.getMethod().getType().getName()).append('.')
                            .append(f.getMethod().getName()).append(':').append(f.getLineNumber());
                }
                say("pinned in ar4j:" + trace);
            }
        }
        return bySource;
    }
}
