package org.ar4j.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import org.ar4j.Database;
import org.ar4j.LoadMode;

/**
 * (c) the eager graph 1,000 users -> 10,000 posts -> 50,000 comments, and (d) lazy iteration over it
 * under PEERS and ONE. Every implementation returns the number of comments it reached.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-XX:+UseParallelGC"})
public class GraphBenchmarks {
    @Param({"sqlite", "postgres"})
    public String backend;

    Database db;
    Connection jdbc;
    SessionFactory hibernate;
    final AtomicInteger statements = new AtomicInteger();

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        db = BenchData.open(backend);
        db.addQueryListener(e -> {
            if (!e.isTransactionControl()) {
                statements.incrementAndGet();
            }
        });
        jdbc = DriverManager.getConnection(BenchData.url(backend));
        hibernate = BenchData.hibernate(backend);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        hibernate.close();
        jdbc.close();
        db.close();
    }

    @Benchmark
    public int graph_jdbc() throws Exception {
        int n = 0;
        for (Models.PUser u : Jdbc.graph(jdbc, backend.equals("postgres"))) {
            for (Models.PPost p : u.posts) {
                n += p.comments.size();
            }
        }
        return n;
    }

    @Benchmark
    public int graph_ar4j() {
        return graph(db);
    }

    /** The eager graph on {@code db}: users with posts and comments; returns the comments reached. */
    static int graph(Database db) {
        int n = 0;
        for (Models.User u : db.query(Models.User.class).with("posts", "posts.comments").all()) {
            for (Models.Post p : Models.User.POSTS.get(u)) {
                n += Models.Post.COMMENTS.get(p).size();
            }
        }
        return n;
    }

    /** Hibernate's fastest plan here: subselect fetching of both collections (3 queries). */
    @Benchmark
    public int graph_hibernateSubselect() {
        return hibernateGraph(hibernate);
    }

    /** The graph through Hibernate's subselect fetching. */
    static int hibernateGraph(SessionFactory hibernate) {
        try (Session s = hibernate.openSession()) {
            s.setDefaultReadOnly(true);
            int n = 0;
            for (Models.HUser u : s.createQuery("from HUser", Models.HUser.class).list()) {
                for (Models.HPost p : u.posts) {
                    n += p.comments.size();
                }
            }
            return n;
        }
    }

    @Benchmark
    public int lazy_ar4jPeers() {
        int n = 0;
        for (Models.User u : db.query(Models.User.class).loadMode(LoadMode.PEERS).all()) {
            for (Models.Post p : Models.User.POSTS.get(u)) {
                n += Models.Post.COMMENTS.get(p).size();
            }
        }
        return n;
    }

    @Benchmark
    public int lazy_ar4jOne() {
        return lazyOne(db);
    }

    /** Lazy one-by-one on {@code db}: each relation read where it is used, one statement per owner. */
    static int lazyOne(Database db) {
        int n = 0;
        for (Models.User u : db.query(Models.User.class).loadMode(LoadMode.ONE).all()) {
            for (Models.Post p : Models.User.POSTS.get(u)) {
                n += Models.Post.COMMENTS.get(p).size();
            }
        }
        return n;
    }

    /**
     * The baseline of lazy one-by-one loading: the N+1 a careful person writes by hand when each relation is
     * read where it is used — the users, then each user's posts, then each post's comments (11,001 statements),
     * each statement prepared once and reused.
     */
    @Benchmark
    public int lazy_jdbcNPlusOne() throws Exception {
        return Jdbc.nPlusOne(jdbc);
    }

    /** Statement counts of one operation of each ar4j path, for the results page. */
    public int[] queryCounts() {
        statements.set(0);
        graph_ar4j();
        int eager = statements.getAndSet(0);
        lazy_ar4jPeers();
        int peers = statements.getAndSet(0);
        lazy_ar4jOne();
        int one = statements.getAndSet(0);
        return new int[] {eager, peers, one};
    }
}
