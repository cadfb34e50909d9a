package org.ar4j.sql.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;

import org.ar4j.spi.RowCursor;
import org.ar4j.spi.Select;
import org.ar4j.sql.SqlDialect;

/** Streamed reads: a cursor fetched in batches, on the transaction's connection or one of its own. */
final class SqlStreams {
    /** Stream statements a transaction keeps open until it ends, at most. */
    private static final int KEPT_PER_TRANSACTION = 64;

    private final SqlDialect dialect;
    private final SqlRenderer renderer;
    private final SqlConnections connections;
    private final Statements statements;
    private final SqlAggregates.Binder binder;

    SqlStreams(SqlDialect dialect, SqlRenderer renderer, SqlConnections connections, Statements statements,
               SqlAggregates.Binder binder) {
        this.dialect = dialect;
        this.renderer = renderer;
        this.connections = connections;
        this.statements = statements;
        this.binder = binder;
    }

    /**
     * Inside a transaction, reads through the transaction's connection (seeing its writes). Outside,
     * through a connection of its own with, where the dialect needs one for a cursor, a read-only
     * transaction of its own: the thread's writes never run inside it.
     */
    RowCursor stream(Select select) {
        if (connections.inTransaction()) {
            return streamIn(connections.acquire(), select);
        }
        SqlRenderer.Sql sql = renderer.select(select);
        long start = System.nanoTime();
        Connection c = null;
        PreparedStatement ps = null;
        boolean ownTransaction = dialect.features().streaming().needsTransaction();
        try {
            c = connections.streamConnection();
            if (ownTransaction) {
                c.setAutoCommit(false);
                c.setReadOnly(true);
            }
            ps = prepareStream(c, sql);
            ResultSet rs = ps.executeQuery();
            Connection own = c;
            return new SqlCursor(statements, rs, sql.columnTypes(),
                    select.table().model(), sql, start,
                    SqlCursor.closing(ps, failed -> endStream(own, ownTransaction)));
        } catch (SQLException | RuntimeException e) {
            SqlConnections.closeQuietly(ps);
            if (c != null) {
                endStream(c, ownTransaction);
            }
            statements.report("SELECT", select.table().model(), sql, start, 0, e);
            throw e instanceof SQLException se ? statements.failure("SELECT", sql.text(), se) : (RuntimeException) e;
        }
    }

    private RowCursor streamIn(SqlConnections.Held h, Select select) {
        SqlRenderer.Sql sql = renderer.select(select);
        long start = System.nanoTime();
        PreparedStatement ps = null;
        try {
            ps = prepareStream(h.connection, sql);
            ResultSet rs = ps.executeQuery();
            RowCursor cursor = new SqlCursor(statements, rs, sql.columnTypes(),
                    select.table().model(), sql, start, closeAtEnd(h, ps));
            return dialect.features().streaming().seesLaterWrites()
                    ? BufferedRows.readAll(cursor, select.columns().size()) : cursor;
        } catch (SQLException e) {
            SqlConnections.closeQuietly(ps);
            connections.release(h);
            statements.report("SELECT", select.table().model(), sql, start, 0, e);
            throw statements.failure("SELECT", sql.text(), e);
        }
    }

    /**
     * Inside ar4j's own transaction a stream's statement (a server-side cursor on MySQL/MariaDB) is closed when the
     * transaction ends, not when the stream does: closing a server-side statement sends a command the server does
     * not answer, and MariaDB Galera reports a transaction it aborted to the next command, so a close in the middle
     * of the transaction could swallow that report and let the COMMIT succeed with nothing in it. The stream's
     * result is closed at once. Past {@value #KEPT_PER_TRANSACTION} streams in one transaction statements are closed
     * as their streams are (a server limits prepared statements: MySQL's max_prepared_stmt_count).
     */
    private SqlCursor.Release closeAtEnd(SqlConnections.Held h, PreparedStatement ps) {
        if (h.transaction == null || (h.closeAtEnd != null && h.closeAtEnd.size() >= KEPT_PER_TRANSACTION)) {
            return SqlCursor.closing(ps, failed -> connections.release(h));
        }
        if (h.closeAtEnd == null) {
            h.closeAtEnd = new ArrayList<>();
        }
        h.closeAtEnd.add(ps);
        return failed -> connections.release(h);
    }

    private PreparedStatement prepareStream(Connection c, SqlRenderer.Sql sql) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql.text(), ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
        try {
            if (dialect.features().streaming().fetchSize() != 0) {
                ps.setFetchSize(dialect.features().streaming().fetchSize());
            }
            binder.bind(ps, sql.binds());
            return ps;
        } catch (SQLException | RuntimeException e) {
            SqlConnections.closeQuietly(ps);
            throw e;
        }
    }

    /** Ends a stream's own read transaction and closes its connection; a connection in doubt is evicted. */
    private void endStream(Connection c, boolean ownTransaction) {
        try {
            if (ownTransaction) {
                c.commit();
                c.setReadOnly(false);
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            connections.evict(c);
        } finally {
            SqlConnections.closeQuietly(c);
        }
    }
}
