package org.ar4j.sql.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.ar4j.sql.SqlDialect;

/**
 * Read statements kept prepared per physical connection and reused, for drivers that cache none (SQLite: preparing
 * was half the time of a lazy one-by-one load), on ar4j's own pool and on an application's DataSource alike: the
 * statement is prepared on the physical connection the pool hands out (unwrapped), so a pool that closes the
 * statements made through its handle on return leaves it alone, and one closed anyway (by the pool or with its
 * connection) is prepared again. A statement is taken out while a cursor
 * reads it, so two open reads of the same text never share one, and put back (its result closed, which resets
 * it) when the cursor closes; a connection's least recently used statement is closed past the limit. Entries of
 * connections the pool has closed are dropped whenever a new connection shows up. A connection is used by one
 * thread at a time (the pool's rule), so each connection's map needs no lock of its own.
 */
final class StatementCache {
    /** Texts longer than this (large IN lists) are prepared each time: reuse is unlikely, the memory is not. */
    private static final int MAX_TEXT = 2_048;
    /** More connections than any pool keeps at once. */
    private static final int MAX_CONNECTIONS = 512;

    private final SqlDialect dialect;
    private final int perConnection;
    private final Map<Connection, Map<String, Lease>> byConnection = new ConcurrentHashMap<>();

    /** A cache of {@code perConnection} statements per connection; 0 turns it off. */
    StatementCache(SqlDialect dialect, int perConnection) {
        this.dialect = dialect;
        this.perConnection = perConnection;
    }

    /**
     * A statement and where it lives: kept in its connection's map between reads (one object per cached
     * statement, reused by every read of its text, so a read allocates nothing here), or {@code home == null}
     * for one prepared for a single read.
     */
    static final class Lease {
        final PreparedStatement statement;
        private final Map<String, Lease> home;
        private final String text;
        /** Read by a cursor now; only the connection's one thread at a time touches these two flags. */
        private boolean taken;
        /** Pushed out of the map while taken: closed when given back. */
        private boolean evicted;

        Lease(PreparedStatement statement, Map<String, Lease> home, String text) {
            this.statement = statement;
            this.home = home;
            this.text = text;
        }
    }

    /** A read-only, forward-only statement for {@code text} on {@code pooled}: a cached one when there is one. */
    Lease take(Connection pooled, String text) throws SQLException {
        if (perConnection == 0 || text.length() > MAX_TEXT) {
            return new Lease(prepare(pooled, text), null, text);
        }
        Connection physical = physical(pooled);
        Map<String, Lease> home = byConnection.get(physical);
        if (home == null) {
            dropClosed();
            if (byConnection.size() >= MAX_CONNECTIONS) {
                // handles that never report closed (a pool whose handles cannot be unwrapped): cache no more
                return new Lease(prepare(pooled, text), null, text);
            }
            home = new LinkedHashMap<>(16, 0.75f, true);
            byConnection.put(physical, home);
        }
        Lease cached = home.get(text);
        if (cached != null && cached.taken) {
            // a second open read of the same text: a statement of its own, not cached
            return new Lease(prepare(physical, text), null, text);
        }
        if (cached != null && !cached.statement.isClosed()) {
            cached.taken = true;
            return cached;
        }
        Lease fresh = new Lease(prepare(physical, text), home, text);
        fresh.taken = true;
        home.put(text, fresh);
        if (home.size() > perConnection) {
            var eldest = home.values().iterator();
            Lease out = eldest.next();
            eldest.remove();
            out.evicted = true;
            if (!out.taken) {
                SqlConnections.closeQuietly(out.statement);
            }
        }
        return fresh;
    }

    /**
     * Puts a statement back after its read (its result closed, which resets it; the next read binds every
     * parameter again); closes it when it is not cached, was pushed out meanwhile, or failed.
     */
    void giveBack(Lease lease, boolean failed) {
        lease.taken = false;
        if (lease.home == null || lease.evicted) {
            SqlConnections.closeQuietly(lease.statement);
        } else if (failed) {
            lease.home.remove(lease.text, lease);
            SqlConnections.closeQuietly(lease.statement);
        }
    }

    /**
     * The driver's connection under a pool's handle. A handle that unwraps to itself (Spring's transaction-aware proxy,
     * made anew for every borrow) is asked for its metadata's connection, which is the one under it: keyed by such
     * handles, no statement would ever be reused, and every read would find a new connection to drop old ones for.
     */
    private static Connection physical(Connection pooled) throws SQLException {
        Connection c = pooled.unwrap(Connection.class);
        if (c == pooled) {
            Connection under = c.getMetaData().getConnection();
            if (under != null && under != c) {
                c = under.unwrap(Connection.class);
            }
        }
        return c;
    }

    private PreparedStatement prepare(Connection c, String text) throws SQLException {
        return dialect.connections().prepare(c, text); // forward-only and read-only, JDBC's defaults
    }

    /** Forgets (and closes the statements of) connections the pool has closed. */
    private void dropClosed() {
        byConnection.entrySet().removeIf(e -> {
            try {
                if (!e.getKey().isClosed()) {
                    return false;
                }
            } catch (SQLException ignored) {
                // a connection that cannot say is treated as gone
            }
            e.getValue().values().forEach(l -> SqlConnections.closeQuietly(l.statement));
            return true;
        });
    }

    /** Closes every cached statement (at shutdown). */
    void close() {
        byConnection.values().forEach(m -> m.values().forEach(l -> SqlConnections.closeQuietly(l.statement)));
        byConnection.clear();
    }
}
