package org.ar4j.sql.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

import org.ar4j.BackendException;
import org.ar4j.ConfigurationException;
import org.ar4j.spi.BackendConfig;
import org.ar4j.HostTransactions;
import org.ar4j.sql.SqlDialect;

/**
 * Where the SQL backend's statements run. A statement outside a transaction borrows a pooled
 * connection for as long as it (or its result) is open; a transaction binds one connection to its
 * thread until it ends, and the thread's statements run on it; a stream outside a transaction reads
 * through a connection of its own, never bound to the thread, so it cannot hold the thread's later
 * writes. Thread-safe.
 */
final class SqlConnections implements AutoCloseable {
    private final SqlDialect dialect;
    private final String target;
    private final String jdbcUrl;
    private final Properties properties;
    private final Connection keepAlive;
    private final ConnectionSource source;
    private final HostTransactions host;
    /** Each thread's slot for its held connection: set once per thread, so a statement changes no thread-local map. */
    private final ThreadLocal<Slot> held = ThreadLocal.withInitial(Slot::new);
    /** Read statements reused per connection of ar4j's own pool, where the dialect asks for it. */
    final StatementCache statementCache;

    /** Where a thread keeps the connection bound to it, if any. */
    static final class Slot {
        Held current;
    }

    /** A connection bound to a thread while a transaction or a result uses it. */
    static final class Held {
        final Connection connection;
        /** The slot of the thread it is bound to. */
        Slot slot;
        int users;
        SqlTransaction transaction;
        /** Set when the last user gave it back, possibly from another thread (a leaked stream's cleaner). */
        volatile boolean released;
        /** Statements of streams read inside ar4j's transaction, closed when it ends (see SqlStreams). */
        List<Statement> closeAtEnd;

        Held(Connection connection) {
            this.connection = connection;
        }
    }

    SqlConnections(SqlDialect dialect, BackendConfig config, String target) {
        this.dialect = dialect;
        this.target = target;
        this.host = config.hostTransactions();
        this.jdbcUrl = dialect.connections().jdbcUrl(config.url());
        Properties props = new Properties();
        dialect.connections().driverProperties(config).forEach(props::setProperty);
        String user = config.properties().get("user");
        String password = config.properties().get("password");
        if (user != null) {
            props.setProperty("user", user);
        }
        if (password != null) {
            props.setProperty("password", password);
        }
        this.properties = props;
        this.statementCache = new StatementCache(dialect, dialect.features().cachedStatementsPerConnection());
        try {
            Connection kept = config.dataSource() == null ? dialect.connections().keepAlive(jdbcUrl, props) : null;
            if (kept != null) {
                dialect.connections().configure(kept);
            }
            this.keepAlive = kept;
        } catch (SQLException e) {
            throw connectFailure(e);
        }
        try {
            this.source = ConnectionSource.of(dialect, config, jdbcUrl, props, target);
        } catch (RuntimeException e) {
            closeQuietly(keepAlive);
            throw e;
        }
    }

    ConfigurationException connectFailure(SQLException e) {
        return new ConfigurationException("Cannot connect to " + target + ": " + e.getMessage(), e);
    }

    /** A connection of the pool (or the application's DataSource), not bound to any thread; the caller closes it. */
    Connection pooled() {
        return source.get();
    }

    /** The thread's connection (its transaction's, or one a result of the thread still reads), else a pooled one bound to it. */
    Held acquire() {
        Slot slot = held.get();
        Held h = slot.current;
        if (h != null && !h.released) {
            h.users++;
            return h;
        }
        h = new Held(pooled());
        h.users = 1;
        h.slot = slot;
        slot.current = h;
        return h;
    }

    /** Gives back what {@link #acquire()} lent; the last user returns the connection to the pool. */
    void release(Held h) {
        if (--h.users > 0) {
            return;
        }
        h.released = true;
        if (h.slot.current == h) {
            h.slot.current = null;
        }
        try {
            h.connection.close();
        } catch (SQLException e) {
            throw new BackendException("Closing a " + dialect.name() + " connection failed: " + e.getMessage(), e);
        }
    }

    /** Whether the calling thread has a transaction open: ar4j's, or the host framework's. */
    boolean inTransaction() {
        Held h = held.get().current;
        return (h != null && !h.released && h.transaction != null) || (host != null && host.isActive());
    }

    /**
     * Joins the host framework's transaction on this thread: its connection (which the application's
     * DataSource hands out) is bound to the thread, and the transaction neither begins nor commits here.
     */
    SqlTransaction joinHost(Statements statements) {
        Held h = acquire();
        if (h.transaction != null) {
            release(h);
            throw new IllegalStateException("a transaction is already open on this thread");
        }
        SqlTransaction tx = new SqlTransaction(this, h, dialect, statements, host);
        h.transaction = tx;
        return tx;
    }

    /** Binds a connection to the thread and begins a transaction on it. */
    SqlTransaction begin(Statements statements) {
        Held h = acquire();
        if (h.transaction != null) {
            release(h);
            throw new IllegalStateException("a transaction is already open on this thread");
        }
        SqlTransaction tx = new SqlTransaction(this, h, dialect, statements, null);
        try {
            tx.begin();
        } catch (RuntimeException e) {
            release(h);
            throw e;
        }
        h.transaction = tx;
        return tx;
    }

    /** Called by a transaction that ended: the connection goes back unless a result still reads it. */
    void ended(Held h) {
        h.transaction = null;
        release(h);
    }

    /** Removes a connection whose transaction state is unknown from the pool instead of reusing it. */
    void evict(Connection c) {
        source.evict(c);
    }

    /**
     * A connection for a stream opened outside a transaction: one of its own, from the dialect (for
     * databases whose pool must stay small) or from the pool. The stream closes it.
     */
    Connection streamConnection() throws SQLException {
        Connection own = keepAlive == null ? null : dialect.connections().openStreamConnection(jdbcUrl, properties);
        if (own == null) {
            return pooled();
        }
        dialect.connections().configure(own);
        return own;
    }

    /** The pool ar4j opened, if it is of this type (nothing for an application's DataSource). */
    <T> Optional<T> unwrap(Class<T> type) {
        return source.unwrap(type);
    }

    @Override
    public void close() {
        statementCache.close();
        source.close();
        closeQuietly(keepAlive);
    }

    static void closeQuietly(AutoCloseable c) {
        if (c != null) {
            try {
                c.close();
            } catch (Exception ignored) {
                // closing after a failure or at shutdown; the failure is what matters
            }
        }
    }
}
