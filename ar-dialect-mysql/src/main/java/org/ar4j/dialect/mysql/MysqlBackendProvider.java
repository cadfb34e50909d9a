package org.ar4j.dialect.mysql;

import org.ar4j.core.sql.SqlBackend;
import org.ar4j.spi.Backend;
import org.ar4j.spi.BackendConfig;
import org.ar4j.spi.BackendProvider;

/** Provides the MySQL/MariaDB backend for {@code jdbc:mysql:} and {@code jdbc:mariadb:} URLs. Stateless. */
public final class MysqlBackendProvider implements BackendProvider {
    /** Called by {@link java.util.ServiceLoader}. */
    public MysqlBackendProvider() {
    }

    @Override
    public String name() {
        return "mysql";
    }

    @Override
    public boolean accepts(String url) {
        return url != null && (url.startsWith("jdbc:mysql:") || url.startsWith("jdbc:mariadb:"));
    }

    @Override
    public String urlPattern() {
        return "jdbc:mysql:, jdbc:mariadb:";
    }

    @Override
    public String artifact() {
        return "org.ar4j:ar-dialect-mysql";
    }

    @Override
    public Backend open(BackendConfig config) {
        return SqlBackend.open(new MysqlDialect(), config);
    }
}
