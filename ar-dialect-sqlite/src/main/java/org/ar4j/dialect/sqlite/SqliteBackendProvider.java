package org.ar4j.dialect.sqlite;

import org.ar4j.sql.SqlBackendProvider;
import org.ar4j.sql.SqlDialect;

/** Provides the SQLite backend for {@code jdbc:sqlite:} URLs. Stateless and thread-safe. */
public final class SqliteBackendProvider extends SqlBackendProvider {
    /** Called by {@link java.util.ServiceLoader}. */
    public SqliteBackendProvider() {
        super("sqlite", "org.ar4j:ar-dialect-sqlite", "jdbc:sqlite:");
    }

    @Override
    protected SqlDialect newDialect() {
        return new SqliteDialect();
    }
}
