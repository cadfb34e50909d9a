package org.ar4j.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.Transaction;
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

/** (e) batch insert of 10,000 rows with generated ids; the table is emptied before each invocation. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-XX:+UseParallelGC"})
public class InsertBenchmarks {
    static final int ROWS = 10_000;

    @Param({"sqlite"})
    public String backend;

    Database db;
    Connection jdbc;
    SessionFactory hibernate;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        db = BenchData.open(backend);
        jdbc = DriverManager.getConnection(BenchData.url(backend));
        hibernate = BenchData.hibernate(backend);
    }

    @Setup(Level.Invocation)
    public void empty() throws Exception {
        try (Statement st = jdbc.createStatement()) {
            st.execute("DELETE FROM bench_items");
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        hibernate.close();
        jdbc.close();
        db.close();
    }

    @Benchmark
    public Object insert_jdbc() throws Exception {
        return Jdbc.insertItems(jdbc, ROWS).get(ROWS - 1).id;
    }

    @Benchmark
    public Object insert_ar4j() {
        List<Models.Item> items = new ArrayList<>(ROWS);
        for (int i = 0; i < ROWS; i++) {
            Models.Item it = new Models.Item();
            it.name = "item" + i;
            it.qty = i;
            items.add(it);
        }
        db.insertAll(items);
        return items.get(ROWS - 1).id;
    }

    /** IDENTITY ids stop Hibernate from batching inserts: this is its real cost for such tables. */
    @Benchmark
    public Object insert_hibernate() {
        try (Session s = hibernate.openSession()) {
            Transaction tx = s.beginTransaction();
            Models.HItem last = null;
            for (int i = 0; i < ROWS; i++) {
                Models.HItem it = new Models.HItem();
                it.name = "item" + i;
                it.qty = i;
                s.persist(it);
                last = it;
                if (i % 1000 == 999) {
                    s.flush();
                    s.clear();
                }
            }
            tx.commit();
            return last.id;
        }
    }
}
