package org.ar4j.backend.mongo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

import org.ar4j.Ar4jException;
import org.ar4j.BackendException;
import org.ar4j.QueryEvent;
import org.ar4j.QueryListener;
import org.ar4j.spi.TableSpec;

/**
 * Runs a command and reports it to the listener; no driver, BSON or codec exception gets out unwrapped,
 * and a duplicate key becomes a {@link org.ar4j.ConstraintViolationException} naming the fields.
 */
final class MongoCommands {
    private final QueryListener listener;
    private final boolean reportValues;

    /** A command's bound values: how many, and (only when the database reports values) which. */
    record Bound(int count, List<Object> values) {
        static final Bound NONE = new Bound(0, List.of());
    }

    MongoCommands(QueryListener listener, boolean reportValues) {
        this.listener = listener;
        this.reportValues = reportValues;
    }

    /** The values a filter binds, plus extra ones (a limit, a skip), in the order they appear. */
    Bound bound(Object filter, Object... extra) {
        int n = (filter == null ? 0 : MongoFilters.parameters(filter)) + extra.length;
        if (!reportValues) {
            return new Bound(n, List.of());
        }
        List<Object> values = new ArrayList<>();
        MongoFilters.values(filter, values);
        values.addAll(Arrays.asList(extra));
        return new Bound(n, values);
    }

    /** A command on a table's collection, described by its filter's shape (never its values). */
    <R> R run(String op, TableSpec table, Object filter, String extra, Supplier<R> work, ToLongFunction<R> rows) {
        return run(op, table.name(), table, filter, extra, work, rows);
    }

    <R> R run(String op, String collection, TableSpec table, Object filter, String extra, Supplier<R> work,
              ToLongFunction<R> rows) {
        long start = System.nanoTime();
        String text = op + " " + collection + (filter == null ? "" : " " + MongoFilters.shape(filter))
                + (extra == null ? "" : " " + extra);
        Bound params = bound(filter);
        String model = table == null ? null : table.model();
        try {
            R r = work.get();
            report(op, model, text, params, start, rows.applyAsLong(r), null);
            return r;
        } catch (Ar4jException e) {
            throw e;
        } catch (RuntimeException e) {
            report(op, model, text, params, start, 0, e);
            BackendException violation = table == null ? null : MongoErrors.violation(e, table);
            if (violation != null) {
                throw violation;
            }
            throw MongoErrors.failure(op + " on " + collection, e, " [" + text + "]", false);
        }
    }

    void report(String op, String text, Bound params, long start, long rows, Throwable failure) {
        report(op, null, text, params, start, rows, failure);
    }

    /**
     * What an event shows of a command whose rows are read later (a cursor).
     *
     * @param op the command name
     * @param model the model whose collection it reads
     * @param text the command's shape
     * @param params the values it binds
     */
    record Shown(String op, String model, String text, Bound params) {
    }

    void report(String op, String model, String text, Bound params, long start, long rows, Throwable failure) {
        if (!listener.wantsEvents()) {
            return;
        }
        listener.onQuery(new QueryEvent("mongo", op, text, model,
                new QueryEvent.Parameters(params.count(), params.values()),
                new QueryEvent.Outcome(Duration.ofNanos(System.nanoTime() - start), rows, failure), null));
    }
}
