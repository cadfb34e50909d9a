package org.ar4j.dialect.postgres;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

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
 * and JFR's {@code jdk.VirtualThreadPinned} events are counted, split into ar4j's own frames and the rest. The same
 * work on 64 platform threads gives the throughput to compare with.
 */
class VirtualThreadsTest {
    private static final int TASKS = 10_000;

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
        try (Database db = Database.builder().url(url).property("pool.maxSize", "10")
                .property("pool.connectionTimeoutMs", "120000").build()) {
            db.schema().dropIfExists(VtModels.Note.class, VtModels.Reader.class);
            db.schema().create(VtModels.Reader.class, VtModels.Note.class);
            List<VtModels.Reader> users = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                users.add(new VtModels.Reader("vt" + i));
            }
            db.insertAll(users);
            // warm-up: the first uses load classes, and a virtual thread that waits for a class being loaded by
            // another is pinned (the JVM's loader, not ar4j's code); the recording starts after it
            run(db, users, virtualThreads(), "warm-up");
            Path jfr = Files.createTempFile("ar4j-vt", ".jfr");
            double virtualRate;
            try (Recording recording = new Recording()) {
                recording.enable("jdk.VirtualThreadPinned").withThreshold(Duration.ZERO).withStackTrace();
                recording.start();
                virtualRate = run(db, users, virtualThreads(), "virtual");
                recording.stop();
                recording.dump(jfr);
            }
            Map<String, Integer> pinned = pinnedBySource(jfr);
            Files.deleteIfExists(jfr);
            double platformRate = run(db, users, Executors.newFixedThreadPool(64), "platform");
            assertThat(db.query(VtModels.Note.class).count()).as("every transaction committed its note once")
                    .isEqualTo(3L * transactions());
            say(String.format("Java %d: %d tasks (find, eager load, transaction) through 10 connections: virtual threads"
                    + " %.0f tasks/s, 64 platform threads %.0f tasks/s; jdk.VirtualThreadPinned events: %s", feature,
                    TASKS, virtualRate, platformRate, pinned.isEmpty() ? "none" : pinned));
            assertThat(pinned.getOrDefault("ar4j", 0)).as("pinned inside ar4j's own code").isZero();
        }
    }

    /** Runs the tasks on {@code executor}; every third task is a transaction. Returns tasks per second. */
    private static double run(Database db, List<VtModels.Reader> users, ExecutorService executor, String kind) throws Exception {
        AtomicInteger ownWriteSeen = new AtomicInteger();
        long start = System.nanoTime();
        List<Future<Integer>> done = new ArrayList<>(TASKS);
        try {
            for (int i = 0; i < TASKS; i++) {
                int n = i;
                Callable<Integer> task = () -> switch (n % 3) {
                    case 0 -> db.find(VtModels.Reader.class, users.get(n % users.size()).id).orElseThrow().name.length();
                    case 1 -> db.query(VtModels.Reader.class).whereId(users.get(n % users.size()).id).with("notes").all()
                            .size();
                    default -> db.inTransaction(() -> {
                        VtModels.Note note = new VtModels.Note();
                        note.readerId = users.get(n % users.size()).id;
                        note.text = kind + "-" + n;
                        note.save();
                        // inside this thread's transaction: its own note, and no other thread's uncommitted one
                        long mine = db.query(VtModels.Note.class).where(org.ar4j.query.Where.eq("text", note.text)).count();
                        if (mine == 1) {
                            ownWriteSeen.incrementAndGet();
                        }
                        return (int) mine;
                    });
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
        assertThat(ownWriteSeen.get()).as(kind + ": each transaction saw its own write").isEqualTo(transactions());
        return TASKS / seconds;
    }

    private static int transactions() {
        int t = 0;
        for (int i = 0; i < TASKS; i++) {
            t += i % 3 == 2 ? 1 : 0;
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
                    if (type.startsWith("org.ar4j.") && !type.startsWith("org.ar4j.dialect.postgres.VirtualThreadsTest")) {
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
