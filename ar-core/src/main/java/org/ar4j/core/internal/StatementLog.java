package org.ar4j.core.internal;

import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.ar4j.QueryEvent;

/**
 * The statement log on SLF4J, logger {@code org.ar4j.sql}: every statement at DEBUG (transaction control
 * too), statements slower than the threshold at WARN with their model, duration and rows. Bound values
 * appear only when the database was built with {@code logParameters(true)}, long strings and byte arrays
 * shortened. Messages are built only when the level is on.
 */
final class StatementLog {
    private static final Logger LOG = LoggerFactory.getLogger("org.ar4j.sql");
    private static final int SHOWN = 40;

    private StatementLog() {
    }

    /** Whether statement lines are logged at all (DEBUG on logger org.ar4j.sql). */
    static boolean enabled() {
        return LOG.isDebugEnabled();
    }

    static void log(QueryEvent e, Duration slowThreshold) {
        boolean slow = slowThreshold != null && e.outcome().duration().compareTo(slowThreshold) > 0;
        if (slow && LOG.isWarnEnabled()) {
            LOG.warn(slowMessage(e));
        } else if (LOG.isDebugEnabled()) {
            LOG.debug(debugMessage(e));
        }
    }

    /** The WARN line of a slow statement: duration, rows, model, backend, statement (and values if reported). */
    static String slowMessage(QueryEvent e) {
        if (e.isTransactionControl() && !e.isRetry()) {
            // BEGIN, COMMIT, savepoints: the time went into waiting for a lock (an SQLite writer waits for the
            // database's write lock at BEGIN IMMEDIATE), not into work
            return "Lock wait: " + e.outcome().duration().toMillis() + " ms on " + e.backend() + " at " + oneLine(e.text())
                    + ", waiting for a lock another transaction held (raise the wait or shorten the other transaction)";
        }
        return "Slow statement: " + e.outcome().duration().toMillis() + " ms, " + rows(e.outcome().rows())
                + (e.model() == null ? "" : ", model " + e.model()) + " on " + e.backend()
                + (e.onReplica() ? " " + e.server() : "") + ": " + oneLine(e.text()) + values(e.parameters().values());
    }

    /** The DEBUG line of any statement or transaction boundary: one line, with the model it was run for. */
    static String debugMessage(QueryEvent e) {
        String where = e.onReplica() ? "[" + e.server() + "] " : "";
        QueryEvent.Outcome o = e.outcome();
        int params = e.parameters().count();
        return where + (e.model() == null ? "" : e.model() + ": ") + oneLine(e.text()) + " [" + params
                + " param" + (params == 1 ? "" : "s") + "]" + values(e.parameters().values()) + " " + rows(o.rows())
                + " in " + o.duration().toNanos() / 1000 + " us" + (o.failure() == null ? "" : " FAILED: " + o.failure());
    }

    private static String rows(long n) {
        return n + (n == 1 ? " row" : " rows");
    }

    /** A statement on one log line: every run of whitespace holding a line break becomes one space. */
    static String oneLine(String text) {
        if (text == null || (text.indexOf('\n') < 0 && text.indexOf('\r') < 0)) {
            return text;
        }
        return text.replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }

    private static String values(List<Object> parameters) {
        if (parameters.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder(" values [");
        for (int i = 0; i < parameters.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(shorten(parameters.get(i)));
        }
        return sb.append(']').toString();
    }

    static String shorten(Object v) {
        if (v instanceof byte[] b) {
            return "byte[" + b.length + "]";
        }
        if (v instanceof List<?> l) {
            return l.size() > 10 ? "[" + l.size() + " values]" : String.valueOf(l);
        }
        if (v instanceof String s) {
            return s.length() > SHOWN ? "'" + s.substring(0, SHOWN) + "...' (" + s.length() + " chars)" : "'" + s + "'";
        }
        return String.valueOf(v);
    }
}
