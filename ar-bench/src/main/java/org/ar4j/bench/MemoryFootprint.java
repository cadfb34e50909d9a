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
 * (g) Retained bytes per loaded record: the live-heap growth from holding the 50,000 comments
 * loaded by ar4j, against the same rows held as plain objects with the same fields. Measured after
 * full collections; run with {@code exec:exec@memory}.
 */
public final class MemoryFootprint {
    private MemoryFootprint() {
    }

    private static long live() {
        for (int i = 0; i < 4; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Prints the bytes per record of each representation and their ratio. */
    public static void main(String[] args) throws Exception {
        try (Database db = BenchData.open("sqlite"); Connection c = DriverManager.getConnection(BenchData.SQLITE)) {
            // warm both paths so class loading does not count
            db.query(Models.Comment.class).limit(10).all();
            plain(c);
            long base = live();
            List<Models.PComment> plain = plain(c);
            long plainBytes = live() - base;
            int n = plain.size();
            plain = null;
            base = live();
            List<Models.Comment> records = db.query(Models.Comment.class).all();
            long recordBytes = live() - base;
            int m = records.size();
            double perPlain = (double) plainBytes / n;
            double perRecord = (double) recordBytes / m;
            System.out.printf("plain object: %d rows, %.1f bytes each%n", n, perPlain);
            System.out.printf("ar4j record:  %d rows, %.1f bytes each%n", m, perRecord);
            System.out.printf("ratio: %.2f%n", perRecord / perPlain);
            if (records.isEmpty()) {
                throw new IllegalStateException("nothing loaded");
            }
        }
    }

    private static List<Models.PComment> plain(Connection c) throws Exception {
        List<Models.PComment> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT \"id\", \"post_id\", \"body\" FROM \"bench_comments\"");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Models.PComment k = new Models.PComment();
                k.id = rs.getLong(1);
                k.postId = rs.getLong(2);
                k.body = rs.getString(3);
                out.add(k);
            }
        }
        return out;
    }
}
