package org.ar4j.sql.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.ar4j.QueryException;
import org.ar4j.spi.ColumnType;
import org.ar4j.spi.RowCursor;
import org.ar4j.sql.SqlTypes;

/** An open result, read through once; closing it releases its statement and connection, and reports the read. */
final class SqlCursor implements RowCursor {
    /** What closing the cursor gives back after its result: the statement, then the connection. */
    @FunctionalInterface
    interface Release {
        /** Gives back; {@code failed} when reading the result failed (the statement is then not reused). */
        void done(boolean failed);
    }

    /** A release that closes the statement, then runs {@code then}. */
    static Release closing(PreparedStatement ps, Release then) {
        return failed -> {
            SqlConnections.closeQuietly(ps);
            then.done(failed);
        };
    }

    private final Statements statements;
    private final ResultSet rs;
    private final ColumnType[] types;
    private final SqlTypes codecs;
    private final String model;
    private final SqlRenderer.Sql sql;
    private final long start;
    private final Release release;
    private long rows;
    private boolean closed;
    private boolean failed;

    /** A cursor over {@code rs}, the result of {@code sql} on {@code model}'s table (reported when closed). */
    SqlCursor(Statements statements, ResultSet rs, ColumnType[] types, String model, SqlRenderer.Sql sql, long start,
              Release release) {
        this.model = model;
        this.sql = sql;
        this.statements = statements;
        this.rs = rs;
        this.types = types;
        this.codecs = statements.dialect().types();
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
            failed = true;
            close();
            throw statements.failure("SELECT", sql.text(), e);
        }
    }

    @Override
    public Object get(int index) {
        try {
            return codecs.codec(types[index]).read(rs, index + 1);
        } catch (SQLException e) {
            failed = true;
            if (isConversion(e)) {
                throw unreadable(index, e.getMessage(), e);
            }
            throw statements.failure("SELECT", sql.text(), e);
        } catch (NumberFormatException | java.time.DateTimeException | ClassCastException e) {
            // a driver that converts on the client throws the JDK's exception (DuckDB's getLong of 'abc')
            failed = true;
            throw unreadable(index, "holds a value that is not one (" + e + ")", e);
        }
    }

    /** A column whose value cannot be read as the type asked for, named with what was found instead. */
    private QueryException unreadable(int index, String found, Exception cause) {
        return new QueryException("A " + model + " row could not be read: its column " + label(index + 1) + " is read as "
                + types[index].name() + " but " + found + "; fix the value, the query (a CAST) or the type of the field or"
                + " record component [SQL: " + sql.text() + "]", cause);
    }

    /** A value that cannot be read as the type asked for (SQLSTATE class 22, or Connector/J's S1009). */
    private static boolean isConversion(SQLException e) {
        String state = e.getSQLState();
        return e instanceof java.sql.SQLDataException || state != null && (state.startsWith("22") || state.equals("S1009"));
    }

    private String label(int column) {
        try {
            return "'" + rs.getMetaData().getColumnLabel(column) + "'";
        } catch (SQLException | RuntimeException e) {
            return String.valueOf(column);
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        SqlConnections.closeQuietly(rs);
        try {
            release.done(failed);
        } finally {
            statements.report("SELECT", model, sql, start, rows, null);
        }
    }
}
