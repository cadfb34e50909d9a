package org.ar4j.dialect.mysql;

import org.ar4j.sql.SqlBackendProvider;
import org.ar4j.sql.SqlDialect;

/** Provides the MySQL and MariaDB backend for {@code jdbc:mysql:} and {@code jdbc:mariadb:} URLs. Stateless and thread-safe. */
public final class MysqlBackendProvider extends SqlBackendProvider {
    /** Called by {@link java.util.ServiceLoader}. */
    public MysqlBackendProvider() {
        super("mysql", "org.ar4j:ar-dialect-mysql", "jdbc:mysql:", "jdbc:mariadb:");
    }

    @Override
    protected SqlDialect newDialect() {
        return new MysqlDialect();
    }
}
