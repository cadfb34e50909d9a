package org.ar4j.dialect.sqlite;

import org.ar4j.core.sql.SqlBackend;
import org.ar4j.spi.Backend;
import org.ar4j.spi.BackendConfig;
import org.ar4j.spi.BackendProvider;

/** Provides the SQLite backend for {@code jdbc:sqlite:} URLs. Stateless and thread-safe. */
public final class SqliteBackendProvider implements BackendProvider {
    /** Called by {@link java.util.ServiceLoader}. */
    public SqliteBackendProvider() {
    }

    @Override
    public String name() {
        return "sqlite";
    }

    @Override
    public boolean accepts(String url) {
        return url != null && url.startsWith("jdbc:sqlite:");
    }

    @Override
    public String urlPattern() {
        return "jdbc:sqlite:";
    }

    @Override
    public String artifact() {
        return "org.ar4j:ar-dialect-sqlite";
    }

    @Override
    public Backend open(BackendConfig config) {
        return SqlBackend.open(new SqliteDialect(), config);
    }
}
