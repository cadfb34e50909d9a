package org.ar4j.dialect.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import org.ar4j.Database;
import org.ar4j.tck.reliability.ReliabilityChecks;
import org.ar4j.tck.reliability.ServerUnderTest;
import org.ar4j.tck.reliability.StreamRow;
import org.junit.jupiter.api.Test;

/** Streams a million rows in a JVM with a 64 MiB heap (a separate Surefire execution). */
class PostgresStreamingMemoryIT {
    @Test
    void streamsAMillionRowsInBoundedMemory() throws Exception {
        String url = ServerUnderTest.url("AR_TEST_POSTGRES_URL");
        try (Database db = Database.connect(url)) {
            db.schema().dropIfExists(StreamRow.class);
            db.schema().create(StreamRow.class);
            try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
                st.execute("INSERT INTO tck_stream_rows (n, label) SELECT g, 'row ' || g FROM generate_series(1, 1000000) g");
            }
            ReliabilityChecks.streamsInBoundedMemory(db, 1_000_000, 32L * 1024 * 1024);
            db.schema().drop(StreamRow.class);
        }
    }
}
