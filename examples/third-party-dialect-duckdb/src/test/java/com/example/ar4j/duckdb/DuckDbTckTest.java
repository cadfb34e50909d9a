package com.example.ar4j.duckdb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.ar4j.tck.TckBackend;
import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/** Certifies the DuckDB dialect: the whole ar4j TCK on a DuckDB file created fresh under {@code target/}. */
@Suite
@SelectPackages("org.ar4j.tck.scenarios")
@ConfigurationParameter(key = TckBackend.PARAMETER, value = "com.example.ar4j.duckdb.DuckDbTckTest")
public class DuckDbTckTest implements TckBackend {
    private static final Path FILE = Path.of("target", "tck", "ar4j-tck.duckdb");

    static {
        try {
            Files.createDirectories(FILE.getParent());
            Files.deleteIfExists(FILE);
            Files.deleteIfExists(Path.of(FILE + ".wal"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String url() {
        return "jdbc:duckdb:" + FILE;
    }
}
