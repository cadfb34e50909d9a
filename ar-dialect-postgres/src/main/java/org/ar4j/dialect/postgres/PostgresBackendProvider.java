package org.ar4j.dialect.postgres;

import org.ar4j.sql.SqlBackendProvider;
import org.ar4j.sql.SqlDialect;

/** Provides the PostgreSQL backend for {@code jdbc:postgresql:} URLs. Stateless and thread-safe. */
public final class PostgresBackendProvider extends SqlBackendProvider {
    /** Called by {@link java.util.ServiceLoader}. */
    public PostgresBackendProvider() {
        super("postgres", "org.ar4j:ar-dialect-postgres", "jdbc:postgresql:");
    }

    @Override
    protected SqlDialect newDialect() {
        return new PostgresDialect();
    }
}
