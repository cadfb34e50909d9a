package org.ar4j.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.hibernate.Session;
import org.hibernate.SessionFactory;

import org.ar4j.ActiveRecord;
import org.ar4j.Database;

/**
 * Cold start: milliseconds from JVM start to the first query's result (a user by id) and to the first eager
 * graph (1,000 users, 10,000 posts, 50,000 comments), for ar4j, JDBC and Hibernate, each in fresh JVMs, several
 * runs, min / median / max. The data lives in the local PostgreSQL ({@link BenchData#POSTGRES}), filled once by the
 * parent. Run with {@code exec:exec@cold-start}.
 */
public final class ColdStart {
    private ColdStart() {
    }

    /** Parent: fills the data, then runs {@code runs} child JVMs per implementation; child: one measurement. */
    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].startsWith("child:")) {
            child(args[0].substring("child:".length()), args.length > 1 && args[1].equals("first"));
            return;
        }
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        try (Database db = BenchData.open("postgres")) {
            db.query(Models.User.class).count();
        }
        System.out.printf(Locale.ROOT, "%d fresh JVMs per implementation, %d cores; ms from JVM start%n%n", runs,
                Runtime.getRuntime().availableProcessors());
        System.out.println("| implementation | first query: min / median / max | first eager graph: min / median / max |");
        System.out.println("|---|---|---|");
        for (String impl : List.of("jdbc", "ar4j", "hibernate")) {
            List<Long> first = new ArrayList<>();
            List<Long> graph = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                long[] t = runChild(impl);
                first.add(t[0]);
                graph.add(t[1]);
            }
            System.out.println("| " + impl + " | " + stats(first) + " | " + stats(graph) + " |");
        }
    }

    private static String stats(List<Long> values) {
        List<Long> v = new ArrayList<>(values);
        Collections.sort(v);
        return v.get(0) + " / " + v.get(v.size() / 2) + " / " + v.get(v.size() - 1);
    }

    private static long[] runChild(String impl) throws Exception {
        String java = System.getProperty("java.home") + "/bin/java";
        Process p = new ProcessBuilder(java, "-Xmx1g", "-XX:+UseParallelGC", "-cp", System.getProperty("java.class.path"),
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", ColdStart.class.getName(), "child:" + impl)
                .redirectErrorStream(true).start();
        String result = null;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith("COLD ")) {
                    result = line;
                }
            }
        }
        if (p.waitFor() != 0 || result == null) {
            throw new IllegalStateException(impl + " child failed (exit " + p.exitValue() + ")");
        }
        String[] parts = result.split(" ");
        return new long[] {Long.parseLong(parts[1]), Long.parseLong(parts[2])};
    }

    private static long sinceStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    /**
     * One measurement in this JVM; with {@code firstOnly} it returns right after the first query's result, for a
     * whole-process timing from outside (start to exit) paired against another implementation's.
     */
    private static void child(String impl, boolean firstOnly) throws Exception {
        long first;
        long graph;
        int comments = 0;
        switch (impl) {
            case "jdbc" -> {
                try (Connection c = DriverManager.getConnection(BenchData.POSTGRES)) {
                    try (java.sql.PreparedStatement ps = c.prepareStatement(Jdbc.FIND_USER)) {
                        Jdbc.findUser(ps, 1L);
                    }
                    first = sinceStart();
                    if (firstOnly) {
                        return;
                    }
                    for (Models.PUser u : Jdbc.graph(c, true)) {
                        for (Models.PPost p : u.posts) {
                            comments += p.comments.size();
                        }
                    }
                    graph = sinceStart();
                }
            }
            case "ar4j" -> {
                try (Database db = Database.connect(BenchData.POSTGRES)) {
                    ActiveRecord.findOrFail(Models.User.class, 1L);
                    first = sinceStart();
                    if (firstOnly) {
                        return;
                    }
                    for (Models.User u : db.query(Models.User.class).with("posts", "posts.comments").all()) {
                        for (Models.Post p : Models.User.POSTS.get(u)) {
                            comments += Models.Post.COMMENTS.get(p).size();
                        }
                    }
                    graph = sinceStart();
                }
            }
            default -> {
                try (SessionFactory sf = BenchData.hibernate("postgres"); Session s = sf.openSession()) {
                    s.find(Models.HUser.class, 1L);
                    first = sinceStart();
                    if (firstOnly) {
                        return;
                    }
                    for (Models.HUser u : s.createQuery("from HUser", Models.HUser.class).list()) {
                        for (Models.HPost p : u.posts) {
                            comments += p.comments.size();
                        }
                    }
                    graph = sinceStart();
                }
            }
        }
        if (comments != BenchData.USERS * BenchData.POSTS_PER_USER * BenchData.COMMENTS_PER_POST) {
            throw new IllegalStateException(impl + " read " + comments + " comments");
        }
        System.out.println("COLD " + first + " " + graph);
    }
}
