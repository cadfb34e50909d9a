package org.ar4j.sql.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.ar4j.spi.ColumnType;
import org.ar4j.spi.NativeQuery;
import org.ar4j.spi.RowCursor;
import org.ar4j.sql.SqlDialect;

/**
 * Native SQL queries: the application's text, prepared as written (never cached: its texts are not bounded), its
 * parameters bound in order, the result's labels handed to the caller, who names each column's type.
 */
final class SqlNative {
    private final SqlDialect dialect;
    private final SqlConnections connections;
    private final Statements statements;
    private final SqlAggregates.Binder binder;

    SqlNative(SqlDialect dialect, SqlConnections connections, Statements statements, SqlAggregates.Binder binder) {
        this.dialect = dialect;
        this.connections = connections;
        this.statements = statements;
        this.binder = binder;
    }

    RowCursor query(NativeQuery q) {
        List<SqlRenderer.Bind> binds = new ArrayList<>(q.parameters().size());
        for (Object v : q.parameters()) {
            // core hands over canonical values: bound as a field of their type is (never the driver's own mapping)
            binds.add(new SqlRenderer.Bind(v, ColumnType.ofCanonical(v), false));
        }
        SqlRenderer.Sql sql = new SqlRenderer.Sql(q.sql(), binds, new ColumnType[0]);
        long start = System.nanoTime();
        SqlConnections.Held h = connections.acquire();
        PreparedStatement ps = null;
        try {
            ps = dialect.connections().prepare(h.connection, q.sql());
            binder.bind(ps, binds);
            ResultSet rs = ps.executeQuery();
            ResultSetMetaData md = rs.getMetaData();
            List<String> labels = new ArrayList<>(md.getColumnCount());
            for (int i = 1; i <= md.getColumnCount(); i++) {
                labels.add(md.getColumnLabel(i));
            }
            ColumnType[] types = q.columnTypes().apply(labels).toArray(new ColumnType[0]);
            return new SqlCursor(statements, rs, types, q.model(), sql, start,
                    SqlCursor.closing(ps, failed -> connections.release(h)));
        } catch (SQLException | RuntimeException e) {
            SqlConnections.closeQuietly(ps);
            connections.release(h);
            statements.report("SELECT", q.model(), sql, start, 0, e);
            throw e instanceof SQLException se ? statements.failure("SELECT", q.sql(), se) : (RuntimeException) e;
        }
    }
}
