package org.ar4j.sql.internal;

import java.time.Duration;
import java.util.List;

import org.ar4j.BackendException;
import org.ar4j.QueryEvent;
import org.ar4j.QueryListener;

/** Reports statements to the backend's listener and turns driver failures into {@link BackendException}s. */
final class Statements {
    private final String backend;
    private final QueryListener listener;

    Statements(String backend, QueryListener listener) {
        this.backend = backend;
        this.listener = listener;
    }

    void report(String op, String sql, int params, long startNanos, long rows, Throwable failure) {
        listener.onQuery(new QueryEvent(backend, op, sql, params, Duration.ofNanos(System.nanoTime() - startNanos), rows,
                failure));
    }

    BackendException failure(String op, String sql, Exception e) {
        return new BackendException(op + " failed on " + backend + ": " + e.getMessage() + " [SQL: " + sql + "]", e);
    }

    /** How many values the binds put into the statement (an array bind counts as one parameter). */
    static int parameterCount(List<SqlRenderer.Bind> binds) {
        return binds.size();
    }
}
