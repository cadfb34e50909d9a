package org.ar4j.backend.mongo;

import java.time.Duration;
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

    MongoCommands(QueryListener listener) {
        this.listener = listener;
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
        int params = filter == null ? 0 : MongoFilters.parameters(filter);
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
            throw new BackendException(op + " on " + collection + " failed on mongo: " + e.getMessage() + " [" + text + "]", e);
        }
    }

    void report(String op, String text, int params, long start, long rows, Throwable failure) {
        report(op, null, text, params, start, rows, failure);
    }

    void report(String op, String model, String text, int params, long start, long rows, Throwable failure) {
        listener.onQuery(new QueryEvent("mongo", op, text, params, Duration.ofNanos(System.nanoTime() - start), rows,
                failure, model, List.of()));
    }
}
