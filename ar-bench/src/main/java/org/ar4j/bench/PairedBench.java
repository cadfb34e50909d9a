package org.ar4j.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import com.zaxxer.hikari.HikariDataSource;
import org.hibernate.Session;
import org.hibernate.SessionFactory;

import org.ar4j.Database;

/**
 * The paired table of docs/performance.md: find by id, read 100, the eager graph and lazy one-by-one loading, each
 * against the least work by hand (JDBC, statements prepared once), with ar4j on its own pool, ar4j on an application
 * DataSource (a HikariCP pool the application owns) and Hibernate. Arguments: backends (sqlite, postgres) and
 * optionally {@code --out FILE} for the JSON results (default {@code ar-bench/target/paired.json}).
 */
public final class PairedBench {
    private PairedBench() {
    }

    public static void main(String[] args) throws Exception {
        List<String> backends = new ArrayList<>();
        Path out = Path.of("ar-bench", "target", "paired.json");
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--out")) {
                out = Path.of(args[++i]);
            } else {
                backends.add(args[i]);
            }
        }
        if (backends.isEmpty()) {
            backends = List.of("sqlite", "postgres");
        }
        List<Paired.Result> all = new ArrayList<>();
        for (String backend : backends) {
            all.addAll(backend(backend));
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, all.stream().map(Paired.Result::json).collect(Collectors.joining(",\n", "[\n", "\n]\n")));
        System.out.println("JSON: " + out.toAbsolutePath());
    }

    private static List<Paired.Result> backend(String backend) throws Exception {
        List<Paired.Result> results = new ArrayList<>();
        try (Database own = BenchData.open(backend);
             HikariDataSource appPool = new HikariDataSource();
             Connection jdbc = DriverManager.getConnection(BenchData.url(backend));
             PreparedStatement findUser = jdbc.prepareStatement(Jdbc.FIND_USER);
             PreparedStatement posts = jdbc.prepareStatement(Jdbc.POSTS);
             SessionFactory hibernate = BenchData.hibernate(backend)) {
            appPool.setJdbcUrl(BenchData.url(backend));
            appPool.setMaximumPoolSize(4);
            try (Database onDataSource = Database.builder().dataSource(appPool).build()) {
                boolean pg = backend.equals("postgres");
                results.addAll(report(backend, "find by id", Paired.run("find by id", List.of(
                        new Paired.Impl("jdbc", id -> Jdbc.findUser(findUser, id)),
                        new Paired.Impl("ar4j own pool", id -> own.find(Models.User.class, id).orElseThrow()),
                        new Paired.Impl("ar4j on DataSource", id -> onDataSource.find(Models.User.class, id).orElseThrow()),
                        new Paired.Impl("hibernate", id -> {
                            try (Session s = hibernate.openSession()) {
                                return s.find(Models.HUser.class, id);
                            }
                        })), 100, 300, 100, BenchData.USERS)));
                results.addAll(report(backend, "read 100", Paired.run("read 100", List.of(
                        new Paired.Impl("jdbc", x -> Jdbc.posts(posts, 100)),
                        new Paired.Impl("ar4j own pool", x -> own.query(Models.Post.class).orderBy("id").limit(100).all()),
                        new Paired.Impl("ar4j on DataSource", x -> onDataSource.query(Models.Post.class).orderBy("id")
                                .limit(100).all()),
                        new Paired.Impl("hibernate", x -> {
                            try (Session s = hibernate.openSession()) {
                                return s.createQuery("from HPost p order by p.id", Models.HPost.class)
                                        .setMaxResults(100).setReadOnly(true).list();
                            }
                        })), 50, 300, 10, 1)));
                results.addAll(report(backend, "graph", Paired.run("graph", List.of(
                        new Paired.Impl("jdbc", x -> Jdbc.graph(jdbc, pg)),
                        new Paired.Impl("ar4j own pool", x -> GraphBenchmarks.graph(own)),
                        new Paired.Impl("ar4j on DataSource", x -> GraphBenchmarks.graph(onDataSource)),
                        new Paired.Impl("hibernate", x -> GraphBenchmarks.hibernateGraph(hibernate))), 5, 30, 1, 1)));
                for (List<Paired.Result> row : FeaturePaired.run(own, jdbc)) {
                    results.addAll(report(backend, row.get(0).scenario(), row));
                }
                if (!pg) { // 11,001 statements per operation: minutes on a server, seconds on SQLite
                    results.addAll(report(backend, "lazy one-by-one", Paired.run("lazy one-by-one", List.of(
                            new Paired.Impl("jdbc", x -> Jdbc.nPlusOne(jdbc)),
                            new Paired.Impl("ar4j own pool", x -> GraphBenchmarks.lazyOne(own)),
                            new Paired.Impl("ar4j on DataSource", x -> GraphBenchmarks.lazyOne(onDataSource))), 3, 20, 1, 1)));
                }
            }
        }
        return results;
    }

    private static List<Paired.Result> report(String backend, String scenario, List<Paired.Result> results) {
        System.out.printf("%s, %s (ratio to jdbc: median [q1, q3]; time and bytes per operation)%n", backend, scenario);
        for (Paired.Result r : results) {
            System.out.printf("  %-20s %5.2fx [%4.2f, %4.2f]  %10.1f us  %12.0f B  %5.2fx bytes%n", r.name(),
                    r.ratio().median(), r.ratio().q1(), r.ratio().q3(), r.nanosPerOp() / 1e3, r.bytesPerOp(), r.bytesRatio());
        }
        List<Paired.Result> tagged = new ArrayList<>();
        for (Paired.Result r : results) {
            tagged.add(r.inScenario(backend + " " + r.scenario()));
        }
        return tagged;
    }
}
