package org.ar4j.bench;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import org.ar4j.Database;

/**
 * The projection of {@link ProjectionBenchmarks} and its hand-written twin, paired and interleaved in one JVM (each
 * round runs both, then whole records), on PostgreSQL: time and bytes allocated per read, after a warm-up. On a
 * shared machine the pairing is what makes the time ratio meaningful; allocation is exact either way.
 */
public final class ProjectionPaired {
    private static final int WARMUP = 500;
    private static final int ROUNDS = 1_000;

    private ProjectionPaired() {
    }

    public static void main(String[] args) throws Exception {
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        try (Database db = BenchData.open("postgres");
             Connection c = DriverManager.getConnection(BenchData.url("postgres"));
             PreparedStatement ps = c.prepareStatement(ProjectionBenchmarks.SQL)) {
            long[] time = new long[3];
            long[] bytes = new long[3];
            for (int round = 0; round < WARMUP + ROUNDS; round++) {
                long[] t = new long[4];
                long[] b = new long[4];
                t[0] = System.nanoTime();
                b[0] = mx.getCurrentThreadAllocatedBytes();
                byHand(ps);
                t[1] = System.nanoTime();
                b[1] = mx.getCurrentThreadAllocatedBytes();
                db.query(Models.Post.class).orderBy(Models_Post_.id.asc()).limit(ProjectionBenchmarks.ROWS)
                        .select(Models_Post_.id, Models_Post_.userId, Models_Post_.title)
                        .into(ProjectionBenchmarks.Line.class);
                t[2] = System.nanoTime();
                b[2] = mx.getCurrentThreadAllocatedBytes();
                db.query(Models.Post.class).orderBy(Models_Post_.id.asc()).limit(ProjectionBenchmarks.ROWS).all();
                t[3] = System.nanoTime();
                b[3] = mx.getCurrentThreadAllocatedBytes();
                if (round >= WARMUP) {
                    for (int i = 0; i < 3; i++) {
                        time[i] += t[i + 1] - t[i];
                        bytes[i] += b[i + 1] - b[i];
                    }
                }
            }
            System.out.printf("per read of %d rows, PostgreSQL, %d paired rounds:%n", ProjectionBenchmarks.ROWS, ROUNDS);
            String[] names = {"by hand (JDBC)", "ar4j select(...).into(record)", "ar4j whole records"};
            for (int i = 0; i < 3; i++) {
                System.out.printf("  %-30s %8.1f us  %10d B  (%.2fx time, %.2fx bytes of by hand)%n", names[i],
                        time[i] / 1e3 / ROUNDS, bytes[i] / ROUNDS, (double) time[i] / time[0], (double) bytes[i] / bytes[0]);
            }
        }
    }

    private static List<ProjectionBenchmarks.Line> byHand(PreparedStatement ps) throws Exception {
        ps.setInt(1, ProjectionBenchmarks.ROWS);
        List<ProjectionBenchmarks.Line> out = new ArrayList<>(ProjectionBenchmarks.ROWS);
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new ProjectionBenchmarks.Line(rs.getLong(1), rs.getLong(2), rs.getString(3)));
            }
        }
        return out;
    }
}
