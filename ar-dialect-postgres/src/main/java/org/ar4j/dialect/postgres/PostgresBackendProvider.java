package org.ar4j.dialect.postgres;

import org.ar4j.core.sql.SqlBackend;
import org.ar4j.spi.Backend;
import org.ar4j.spi.BackendConfig;
import org.ar4j.spi.BackendProvider;

/** Provides the PostgreSQL backend for {@code jdbc:postgresql:} URLs. Stateless and thread-safe. */
public final class PostgresBackendProvider implements BackendProvider {
    /** Called by {@link java.util.ServiceLoader}. */
    public PostgresBackendProvider() {
    }

    @Override
    public String name() {
        return "postgres";
    }

    @Override
    public boolean accepts(String url) {
        return url != null && url.startsWith("jdbc:postgresql:");
    }

    @Override
    public String urlPattern() {
        return "jdbc:postgresql:";
    }

    @Override
    public String artifact() {
        return "org.ar4j:ar-dialect-postgres";
    }

    @Override
    public Backend open(BackendConfig config) {
        return SqlBackend.open(new PostgresDialect(), config);
    }
}
