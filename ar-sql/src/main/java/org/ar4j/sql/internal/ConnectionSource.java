package org.ar4j.sql.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import org.ar4j.BackendException;
import org.ar4j.ConfigurationException;
import org.ar4j.spi.BackendConfig;
import org.ar4j.sql.SqlDialect;

/**
 * Where connections come from: a HikariCP pool of ar4j's own (closed with the database), or the
 * application's DataSource (borrowed: never closed by ar4j, its connections configured by the dialect on
 * each use, since ar4j cannot see when the application's pool opens one).
 */
abstract class ConnectionSource implements AutoCloseable {
    final SqlDialect dialect;

    private ConnectionSource(SqlDialect dialect) {
        this.dialect = dialect;
    }

    static ConnectionSource of(SqlDialect dialect, BackendConfig config, String jdbcUrl, Properties props, String target) {
        if (config.dataSource() != null) {
            return new Borrowed(dialect, config.dataSource());
        }
        return new Own(dialect, config, jdbcUrl, props, target);
    }

    /** A connection, not bound to any thread; the caller closes it. */
    abstract Connection get();

    /** ar4j's own pool, when it is of this type. */
    <T> Optional<T> unwrap(Class<T> type) {
        return Optional.empty();
    }

    /** Removes a connection whose state is in doubt instead of reusing it, where the pool allows. */
    abstract void evict(Connection c);

    @Override
    public abstract void close();

    private static final class Own extends ConnectionSource {
        private final HikariDataSource pool;

        Own(SqlDialect dialect, BackendConfig config, String jdbcUrl, Properties props, String target) {
            super(dialect);
            HikariConfig hc = new HikariConfig();
            hc.setDataSource(new DriverConnections(dialect, jdbcUrl, props));
            hc.setPoolName("ar4j-" + dialect.name());
            hc.setMaximumPoolSize(Integer.parseInt(config.property("pool.maxSize",
                    String.valueOf(dialect.connections().defaultPoolSize(jdbcUrl)))));
            hc.setMinimumIdle(Math.min(hc.getMaximumPoolSize(), Integer.parseInt(config.property("pool.minIdle", "1"))));
            hc.setConnectionTimeout(Long.parseLong(config.property("pool.connectionTimeoutMs", "30000")));
            hc.setIdleTimeout(Long.parseLong(config.property("pool.idleTimeoutMs", "600000")));
            hc.setMaxLifetime(Long.parseLong(config.property("pool.maxLifetimeMs", "1800000")));
            hc.setInitializationFailTimeout(1);
            try {
                this.pool = new HikariDataSource(hc);
            } catch (RuntimeException e) {
                Throwable cause = e.getCause() instanceof SQLException ? e.getCause() : e;
                throw new ConfigurationException("Cannot connect to " + target + ": " + cause.getMessage(), cause);
            }
        }

        @Override
        <T> Optional<T> unwrap(Class<T> type) {
            return type.isInstance(pool) ? Optional.of(type.cast(pool)) : Optional.empty();
        }

        @Override
        Connection get() {
            try {
                return pool.getConnection();
            } catch (SQLException e) {
                throw new BackendException("Cannot get a connection from the " + dialect.name() + " pool (max size "
                        + pool.getMaximumPoolSize() + ", waited " + pool.getConnectionTimeout() + " ms): "
                        + e.getMessage(), e);
            }
        }

        @Override
        void evict(Connection c) {
            try {
                pool.evictConnection(c);
            } catch (RuntimeException e) {
                // the pool closes it at its next check; nothing else to do
            }
        }

        @Override
        public void close() {
            pool.close();
        }
    }

    private static final class Borrowed extends ConnectionSource {
        private final DataSource dataSource;

        Borrowed(SqlDialect dialect, DataSource dataSource) {
            super(dialect);
            this.dataSource = dataSource;
        }

        @Override
        Connection get() {
            Connection c;
            try {
                c = dataSource.getConnection();
            } catch (SQLException e) {
                throw new BackendException("Cannot get a connection from the application's DataSource ("
                        + dataSource.getClass().getName() + "): " + e.getMessage(), e);
            }
            try {
                dialect.connections().configure(c);
                return c;
            } catch (SQLException | RuntimeException e) {
                SqlConnections.closeQuietly(c);
                throw new BackendException("Preparing a connection of the application's DataSource for "
                        + dialect.name() + " failed: " + e.getMessage(), e);
            }
        }

        @Override
        void evict(Connection c) {
            try {
                c.abort(Runnable::run);
            } catch (SQLException | RuntimeException e) {
                // the application's pool decides; closing it below is all ar4j can do
            }
        }

        @Override
        public void close() {
            // not ar4j's pool: the application closes it
        }
    }
}
