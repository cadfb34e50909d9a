package org.ar4j.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.concurrent.TimeUnit;

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
import org.openjdk.jmh.infra.Blackhole;

import org.ar4j.ActiveRecord;
import org.ar4j.Database;

/** (a) find by id and (b) read 100 rows, on SQLite in memory and PostgreSQL. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-XX:+UseParallelGC"})
public class ReadBenchmarks {
    @Param({"sqlite", "postgres"})
    public String backend;

    Database db;
    Connection jdbc;
    /** The hand-written reads prepare once and reuse their statements: the least work by hand. */
    PreparedStatement findUser;
    PreparedStatement posts;
    SessionFactory hibernate;
    long id = 1;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        db = BenchData.open(backend);
        jdbc = DriverManager.getConnection(BenchData.url(backend));
        findUser = jdbc.prepareStatement(Jdbc.FIND_USER);
        posts = jdbc.prepareStatement(Jdbc.POSTS);
        hibernate = BenchData.hibernate(backend);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        hibernate.close();
        jdbc.close();
        db.close();
    }

    private long nextId() {
        id = id % BenchData.USERS + 1;
        return id;
    }

    @Benchmark
    public Object findById_jdbc() throws Exception {
        return Jdbc.findUser(findUser, nextId());
    }

    @Benchmark
    public Object findById_ar4j() {
        return ActiveRecord.findOrFail(Models.User.class, nextId());
    }

    @Benchmark
    public Object findById_hibernate() {
        try (Session s = hibernate.openSession()) {
            return s.find(Models.HUser.class, nextId());
        }
    }

    @Benchmark
    public void read100_jdbc(Blackhole bh) throws Exception {
        bh.consume(Jdbc.posts(posts, 100));
    }

    @Benchmark
    public void read100_ar4j(Blackhole bh) {
        bh.consume(db.query(Models.Post.class).orderBy("id").limit(100).all());
    }

    @Benchmark
    public void read100_hibernate(Blackhole bh) {
        try (Session s = hibernate.openSession()) {
            List<Models.HPost> posts = s.createQuery("from HPost p order by p.id", Models.HPost.class)
                    .setMaxResults(100).setReadOnly(true).list();
            bh.consume(posts);
        }
    }
}
