package org.ar4j.sql.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import java.sql.SQLException;

import org.ar4j.BackendException;
import org.ar4j.LockConflictException;
import org.ar4j.WriteConflictException;
import org.ar4j.sql.SqlDialect;
import org.ar4j.QueryEvent;
import org.ar4j.QueryListener;

/** Reports statements to the backend's listener and turns driver failures into {@link BackendException}s. */
final class Statements {
    private final String backend;
    private final SqlDialect dialect;
    private final QueryListener listener;
    private final boolean withValues;

    /** The dialect whose statements these are. */
    SqlDialect dialect() {
        return dialect;
    }

    Statements(SqlDialect dialect, QueryListener listener, boolean withValues) {
        this.backend = dialect.name();
        this.dialect = dialect;
        this.listener = listener;
        this.withValues = withValues;
    }

    /** A statement that works on no model's table (transaction control, DDL). */
    /** The backend's name. */
    String backend() {
        return backend;
    }

    void report(String op, String sql, int params, long startNanos, long rows, Throwable failure) {
        report(new Shown(op, null, sql, params, List.of()), startNanos, rows, failure);
    }

    /**
     * What an event shows of a statement.
     *
     * @param op the operation (SELECT, INSERT...)
     * @param model the model whose table it works on, or null
     * @param sql the SQL text
     * @param params how many values it binds
     * @param values the bound values when the database shows them, else empty
     */
    record Shown(String op, String model, String sql, int params, List<Object> values) {
    }

    /** What an event shows of a rendered statement on {@code model}'s table. */
    Shown shown(String op, String model, SqlRenderer.Sql sql) {
        return new Shown(op, model, sql.text(), parameterCount(sql.binds()), values(sql.binds()));
    }

    /** Reports a rendered statement on {@code model}'s table; nothing is built when no listener wants events. */
    void report(String op, String model, SqlRenderer.Sql sql, long startNanos, long rows, Throwable failure) {
        if (listener.wantsEvents()) {
            report(shown(op, model, sql), startNanos, rows, failure);
        }
    }

    void report(Shown s, long startNanos, long rows, Throwable failure) {
        if (!listener.wantsEvents()) {
            return;
        }
        listener.onQuery(new QueryEvent(backend, s.op(), s.sql(), s.model(),
                new QueryEvent.Parameters(s.params(), s.values()),
                new QueryEvent.Outcome(Duration.ofNanos(System.nanoTime() - startNanos), rows, failure), null));
    }

    /** The bound values, for events and logs; empty unless the database was built to show them. */
    List<Object> values(List<SqlRenderer.Bind> binds) {
        if (!withValues) {
            return List.of();
        }
        List<Object> out = new ArrayList<>(binds.size());
        for (SqlRenderer.Bind b : binds) {
            if (b.each()) {
                out.addAll((List<?>) b.value());
            } else {
                out.add(b.value());
            }
        }
        return out;
    }

    /** The values of a one-row insert (of a batch, none: they would be too many to show). */
    List<Object> values(List<Object[]> rows, boolean single) {
        return withValues && single ? Arrays.asList(rows.get(0)) : List.of();
    }

    BackendException failure(String op, String sql, Exception e) {
        if (e instanceof SQLException se && dialect.errors().lockNotAvailable().matches(se)) {
            return new LockConflictException(op + " on " + backend + " found a lock held by another transaction (a row"
                    + " locked under noWait(), or a lock wait that timed out): " + se.getMessage() + " [SQL: " + sql
                    + "]. Roll the transaction back and try again (db.transaction(Retry.onConflict(n), work) does), or"
                    + " use skipLocked() to pass locked rows by", se);
        }
        if (e instanceof SQLException se && dialect.errors().writeConflict().matches(se)) {
            return new WriteConflictException(op + " on " + backend + " conflicted with a concurrent transaction: "
                    + se.getMessage() + " [SQL: " + sql + "]; run the transaction again (Retry.onConflict)", se);
        }
        return new BackendException(op + " failed on " + backend + ": " + e.getMessage() + " [SQL: " + sql + "]"
                + poolerHint(e), e);
    }

    /**
     * SQLSTATE 26000 (a prepared statement the server does not know) or 42P05 (one it already has) on a statement the
     * driver named: a transaction-mode pooler (PgBouncer) gave the transaction another server session.
     */
    private static String poolerHint(Exception e) {
        String state = e instanceof SQLException se ? se.getSQLState() : null;
        return "26000".equals(state) || "42P05".equals(state) ? ". The driver's server-side prepared statements do not"
                + " survive a transaction-mode connection pooler (PgBouncer): add prepareThreshold=0 to the PostgreSQL"
                + " URL so that every statement is prepared in its own transaction" : "";
    }

    /** How many values the binds put into the statement (an array bind counts as one parameter). */
    static int parameterCount(List<SqlRenderer.Bind> binds) {
        int n = 0;
        for (int i = 0; i < binds.size(); i++) {
            n += binds.get(i).parameters();
        }
        return n;
    }
}
