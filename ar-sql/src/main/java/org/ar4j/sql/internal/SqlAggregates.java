package org.ar4j.sql.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.ar4j.spi.Aggregate;
import org.ar4j.spi.AggregateSelect;
import org.ar4j.spi.ColumnType;
import org.ar4j.spi.RowCursor;
import org.ar4j.spi.Select;
import org.ar4j.sql.SqlDialect;

/** Reads through a cursor, counts and grouped aggregates on SQL. */
final class SqlAggregates {
    /** Binds a statement's parameters. */
    @FunctionalInterface
    interface Binder {
        void bind(PreparedStatement ps, List<SqlRenderer.Bind> binds) throws SQLException;
    }

    private final SqlDialect dialect;
    private final SqlRenderer renderer;
    private final SqlConnections connections;
    private final Statements statements;
    private final Binder binder;

    SqlAggregates(SqlDialect dialect, SqlRenderer renderer, SqlConnections connections, Statements statements,
                  Binder binder) {
        this.dialect = dialect;
        this.renderer = renderer;
        this.connections = connections;
        this.statements = statements;
        this.binder = binder;
    }

    long count(Select select) {
        SqlRenderer.Sql sql = renderer.count(select);
        long start = System.nanoTime();
        SqlConnections.Held h = connections.acquire();
        try (PreparedStatement ps = dialect.connections().prepare(h.connection, sql.text())) {
            binder.bind(ps, sql.binds());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                long n = rs.getLong(1);
                statements.report("COUNT", select.table().model(), sql, start, 1, null);
                return n;
            }
        } catch (SQLException e) {
            statements.report("COUNT", select.table().model(), sql, start, 0, e);
            throw statements.failure("COUNT", sql.text(), e);
        } finally {
            connections.release(h);
        }
    }

    /** A grouped read, through the same cursor as a select. */
    RowCursor aggregate(AggregateSelect select) {
        SqlRenderer.Sql sql = renderer.aggregate(select);
        ColumnType[] types = new ColumnType[select.groupBy().size() + select.aggregates().size()];
        for (int i = 0; i < select.groupBy().size(); i++) {
            types[i] = select.table().typeOf(select.groupBy().get(i));
        }
        for (int i = 0; i < select.aggregates().size(); i++) {
            Aggregate a = select.aggregates().get(i);
            types[select.groupBy().size() + i] = a.resultType(select.table());
        }
        return query(sql, types, select.table().model());
    }

    /** Runs a read on a pooled (or the transaction's) connection; the cursor reports it and releases the connection. */
    RowCursor query(SqlRenderer.Sql sql, ColumnType[] types, String model) {
        long start = System.nanoTime();
        SqlConnections.Held h = connections.acquire();
        StatementCache cache = connections.statementCache;
        StatementCache.Lease lease = null;
        try {
            lease = cache.take(h.connection, sql.text());
            PreparedStatement ps = lease.statement;
            binder.bind(ps, sql.binds());
            ResultSet rs = ps.executeQuery();
            StatementCache.Lease taken = lease;
            // The statement goes back before the connection does: a connection's statements are its holder's.
            return new SqlCursor(statements, rs, types, model, sql, start, failed -> {
                        try {
                            cache.giveBack(taken, failed);
                        } finally {
                            connections.release(h);
                        }
                    });
        } catch (SQLException | RuntimeException e) {
            if (lease != null) {
                cache.giveBack(lease, true);
            }
            connections.release(h);
            statements.report("SELECT", model, sql, start, 0, e);
            throw e instanceof SQLException se ? statements.failure("SELECT", sql.text(), se) : (RuntimeException) e;
        }
    }
}
