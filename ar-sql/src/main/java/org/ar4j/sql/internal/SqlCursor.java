package org.ar4j.sql.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.ar4j.spi.ColumnType;
import org.ar4j.spi.RowCursor;
import org.ar4j.sql.SqlDialect;

/** An open result, read through once; closing it releases its connection and reports the read. */
final class SqlCursor implements RowCursor {
    private final SqlDialect dialect;
    private final Statements statements;
    private final PreparedStatement ps;
    private final ResultSet rs;
    private final ColumnType[] types;
    private final String sql;
    private final String model;
    private final List<Object> values;
    private final int params;
    private final long start;
    private final Runnable release;
    private long rows;
    private boolean closed;

    SqlCursor(SqlDialect dialect, Statements statements, PreparedStatement ps, ResultSet rs, ColumnType[] types,
              String sql, String model, List<Object> values, int params, long start, Runnable release) {
        this.model = model;
        this.values = values;
        this.dialect = dialect;
        this.statements = statements;
        this.ps = ps;
        this.rs = rs;
        this.types = types;
        this.sql = sql;
        this.params = params;
        this.start = start;
        this.release = release;
    }

    @Override
    public boolean next() {
        try {
            boolean more = rs.next();
            if (more) {
                rows++;
            }
            return more;
        } catch (SQLException e) {
            close();
            throw statements.failure("SELECT", sql, e);
        }
    }

    @Override
    public Object get(int index) {
        try {
            return dialect.read(rs, index + 1, types[index]);
        } catch (SQLException e) {
            throw statements.failure("SELECT", sql, e);
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        SqlConnections.closeQuietly(rs);
        SqlConnections.closeQuietly(ps);
        try {
            release.run();
        } finally {
            statements.report("SELECT", model, sql, params, values, start, rows, null);
        }
    }
}
