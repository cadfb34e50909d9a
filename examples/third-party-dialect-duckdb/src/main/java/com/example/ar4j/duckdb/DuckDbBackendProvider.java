package com.example.ar4j.duckdb;

import org.ar4j.sql.SqlBackendProvider;
import org.ar4j.sql.SqlDialect;

/** Provides the DuckDB backend for {@code jdbc:duckdb:} URLs. */
public final class DuckDbBackendProvider extends SqlBackendProvider {
    /** Called by {@link java.util.ServiceLoader}; does nothing expensive. */
    public DuckDbBackendProvider() {
        super("duckdb", "com.example:ar4j-dialect-duckdb", "jdbc:duckdb:");
    }

    @Override
    protected SqlDialect newDialect() {
        return new DuckDbDialect();
    }
}
