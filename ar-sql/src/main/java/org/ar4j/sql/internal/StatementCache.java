package org.ar4j.sql.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Read statements kept prepared per physical connection of ar4j's own pool and reused, for drivers that cache
 * none (SQLite: preparing was half the time of a lazy one-by-one load). A statement is taken out while a cursor
 * reads it, so two open reads of the same text never share one, and put back (its result closed, which resets
 * it) when the cursor closes; a connection's least recently used statement is closed past the limit. Entries of
 * connections the pool has closed are dropped whenever a new connection shows up. A connection is used by one
 * thread at a time (the pool's rule), so each connection's map needs no lock of its own.
 */
final class StatementCache {
    /** Texts longer than this (large IN lists) are prepared each time: reuse is unlikely, the memory is not. */
    private static final int MAX_TEXT = 2_048;

    private final int perConnection;
    private final Map<Connection, Map<String, PreparedStatement>> byConnection = new ConcurrentHashMap<>();

    /** A cache of {@code perConnection} statements per connection; 0 turns it off. */
    StatementCache(int perConnection) {
        this.perConnection = perConnection;
    }

    /** A statement taken for one read, and where it goes back. */
    record Lease(PreparedStatement statement, Map<String, PreparedStatement> home, String text) {
    }

    /** A read-only, forward-only statement for {@code text} on {@code pooled}: a cached one when there is one. */
    Lease take(Connection pooled, String text) throws SQLException {
        if (perConnection == 0 || text.length() > MAX_TEXT) {
            return new Lease(prepare(pooled, text), null, text);
        }
        Connection physical = pooled.unwrap(Connection.class);
        Map<String, PreparedStatement> home = byConnection.get(physical);
        if (home == null) {
            dropClosed();
            home = new LinkedHashMap<>(16, 0.75f, true);
            byConnection.put(physical, home);
        }
        PreparedStatement ps = home.remove(text);
        if (ps == null || ps.isClosed()) {
            ps = prepare(physical, text);
        } else {
            ps.clearParameters();
        }
        return new Lease(ps, home, text);
    }

    /** Puts a statement back after its read (its result closed); closes it when it is not cached or failed. */
    void giveBack(Lease lease, boolean failed) {
        Map<String, PreparedStatement> home = lease.home();
        if (home == null || failed) {
            SqlConnections.closeQuietly(lease.statement());
            return;
        }
        PreparedStatement replaced = home.put(lease.text(), lease.statement());
        if (replaced != null && replaced != lease.statement()) {
            SqlConnections.closeQuietly(replaced);
        }
        if (home.size() > perConnection) {
            var eldest = home.entrySet().iterator();
            SqlConnections.closeQuietly(eldest.next().getValue());
            eldest.remove();
        }
    }

    private static PreparedStatement prepare(Connection c, String text) throws SQLException {
        return c.prepareStatement(text, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
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
            e.getValue().values().forEach(SqlConnections::closeQuietly);
            return true;
        });
    }

    /** Closes every cached statement (at shutdown). */
    void close() {
        byConnection.values().forEach(m -> m.values().forEach(SqlConnections::closeQuietly));
        byConnection.clear();
    }
}
