package org.ar4j.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

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

/**
 * Three columns of 1,000 rows into a Java record: ar4j's {@code select(...).into(Row.class)} against the least
 * work by hand (a statement prepared once, a ResultSet loop building the same records), and against loading whole
 * records. Allocation per operation ({@code -prof gc}, gc.alloc.rate.norm) is the figure issue 27 asks for.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-XX:+UseParallelGC"})
public class ProjectionBenchmarks {
    static final int ROWS = 1_000;
    static final String SQL = "SELECT \"id\", \"user_id\", \"title\" FROM \"bench_posts\" ORDER BY \"id\" ASC LIMIT ?";

    /** The projection's row. */
    public record Line(Long id, Long userId, String title) {
    }

    @Param({"sqlite", "postgres"})
    public String backend;

    Database db;
    Connection jdbc;
    PreparedStatement lines;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        db = BenchData.open(backend);
        jdbc = DriverManager.getConnection(BenchData.url(backend));
        lines = jdbc.prepareStatement(SQL);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        jdbc.close();
        db.close();
    }

    @Benchmark
    public List<Line> projection_jdbc() throws Exception {
        lines.setInt(1, ROWS);
        List<Line> out = new ArrayList<>(ROWS);
        try (ResultSet rs = lines.executeQuery()) {
            while (rs.next()) {
                out.add(new Line(rs.getLong(1), rs.getLong(2), rs.getString(3)));
            }
        }
        return out;
    }

    @Benchmark
    public List<Line> projection_ar4j() {
        return db.query(Models.Post.class).orderBy(Models_Post_.id.asc()).limit(ROWS)
                .select(Models_Post_.id, Models_Post_.userId, Models_Post_.title).into(Line.class);
    }

    @Benchmark
    public List<Models.Post> records_ar4j() {
        return db.query(Models.Post.class).orderBy(Models_Post_.id.asc()).limit(ROWS).all();
    }
}
