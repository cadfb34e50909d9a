package org.ar4j.dialect.mysql;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import org.ar4j.Database;
import org.ar4j.tck.reliability.ReliabilityChecks;
import org.ar4j.tck.reliability.ServerUnderTest;
import org.ar4j.tck.reliability.StreamRow;
import org.junit.jupiter.api.Test;

/** Streams 2^20 rows in a JVM with a 64 MiB heap (a separate Surefire execution). */
class MysqlStreamingMemoryIT {
    @Test
    void streamsAMillionRowsInBoundedMemory() throws Exception {
        String url = ServerUnderTest.url("AR_TEST_MYSQL_URL");
        try (Database db = Database.connect(url)) {
            db.schema().dropIfExists(StreamRow.class);
            db.schema().create(StreamRow.class);
            try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
                st.execute("INSERT INTO tck_stream_rows (n, label) VALUES (1, 'row 1')");
                for (int i = 0; i < 20; i++) {
                    st.execute("INSERT INTO tck_stream_rows (n, label) SELECT n + m.mx, CONCAT('row ', n + m.mx)"
                            + " FROM tck_stream_rows, (SELECT MAX(n) AS mx FROM tck_stream_rows) m");
                }
            }
            ReliabilityChecks.streamsInBoundedMemory(db, 1L << 20, 32L * 1024 * 1024);
            db.schema().drop(StreamRow.class);
        }
    }
}
