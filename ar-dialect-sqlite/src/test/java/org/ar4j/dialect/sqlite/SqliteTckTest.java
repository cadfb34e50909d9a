package org.ar4j.dialect.sqlite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.ar4j.tck.TckBackend;
import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/**
 * Runs the whole TCK on a SQLite file (the embedded default's setting: WAL, a pool of four), created
 * fresh under {@code target/} for the run, so that a second connection sees what other processes
 * would see. {@link SqliteMemoryTest} covers what differs on an in-memory database.
 */
@Suite
@SelectPackages("org.ar4j.tck.scenarios")
@ConfigurationParameter(key = TckBackend.PARAMETER, value = "org.ar4j.dialect.sqlite.SqliteTckTest")
public class SqliteTckTest implements TckBackend {
    private static final Path FILE = Path.of("target", "tck", "ar4j-tck.db");

    static {
        try {
            Files.createDirectories(FILE.getParent());
            for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
                Files.deleteIfExists(Path.of(FILE + suffix));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String url() {
        return "jdbc:sqlite:" + FILE;
    }
}
