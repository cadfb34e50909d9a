package org.ar4j.dialect.sqlite;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import org.ar4j.Database;
import org.ar4j.tck.reliability.ReliabilityChecks;
import org.ar4j.tck.reliability.StreamRow;
import org.junit.jupiter.api.Test;

/** Streams a million rows from a SQLite file in a JVM with a 64 MiB heap (a separate Surefire execution). */
class SqliteStreamingMemoryIT {
    @Test
    void streamsAMillionRowsInBoundedMemory() throws Exception {
        Path file = Path.of("target", "streaming-memory.db");
        Files.deleteIfExists(file);
        String url = "jdbc:sqlite:" + file;
        try (Database db = Database.connect(url)) {
            db.schema().create(StreamRow.class);
            try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
                st.execute("INSERT INTO tck_stream_rows (n, label) WITH RECURSIVE g(x) AS (SELECT 1 UNION ALL"
                        + " SELECT x + 1 FROM g WHERE x < 1000000) SELECT x, 'row ' || x FROM g");
            }
            ReliabilityChecks.streamsInBoundedMemory(db, 1_000_000, 32L * 1024 * 1024);
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
