package org.ar4j.backend.memory;

import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import org.ar4j.QueryEvent;
import org.ar4j.QueryListener;
import org.ar4j.spi.AggregateSelect;
import org.ar4j.spi.Backend;
import org.ar4j.spi.BackendTransaction;
import org.ar4j.Capability;
import org.ar4j.spi.ColumnSpec;
import org.ar4j.spi.DeleteRows;
import org.ar4j.spi.Filter;
import org.ar4j.spi.InsertRows;
import org.ar4j.spi.LiveColumn;
import org.ar4j.spi.LiveTable;
import org.ar4j.spi.RowCursor;
import org.ar4j.spi.SchemaChange;
import org.ar4j.spi.Select;
import org.ar4j.spi.TableSpec;
import org.ar4j.spi.UpdateRows;
import org.ar4j.spi.UpsertRows;

/**
 * The in-memory reference backend over one {@link MemoryStore}. Every statement is atomic: it works on a fork of
 * the state and keeps it only when it succeeds. Each is reported to the query listener with a text that shows its
 * shape, never its values (unless the database shows parameters).
 */
final class MemoryBackend implements Backend.Direct {
    /** Keys per statement: no binding limit in memory, so a generous fixed chunk. */
    private static final int KEYS_PER_QUERY = 10_000;
    private static final Set<Capability> CAPABILITIES = Collections.unmodifiableSet(EnumSet.of(Capability.TRANSACTIONS,
            Capability.SAVEPOINTS, Capability.WINDOW_FUNCTIONS, Capability.SUBQUERIES, Capability.FOREIGN_KEYS,
            Capability.JSON_PATHS, Capability.FIELD_TO_FIELD_UPDATES));

    private final MemoryStore store;
    private final QueryListener listener;
    private final boolean showValues;
    private final ThreadLocal<MemoryTransaction> tx = new ThreadLocal<>();

    MemoryBackend(MemoryStore store, QueryListener listener, boolean showValues) {
        this.store = store;
        this.listener = listener;
        this.showValues = showValues;
    }

    @Override
    public String name() {
        return "memory";
    }

    @Override
    public Set<Capability> capabilities() {
        return CAPABILITIES;
    }

    @Override
    public int maxKeysPerQuery(int otherParameters) {
        return KEYS_PER_QUERY;
    }

    private MemoryState reading() {
        MemoryTransaction t = tx.get();
        return t != null ? t.reading() : store.committed();
    }

    /** Runs one write statement on a fork of the current state, keeping the fork only when it succeeds. */
    private <R> R write(Shown shown, Function<MemoryState, R> work, ToLongFunction<R> rows) {
        long start = System.nanoTime();
        MemoryTransaction t = tx.get();
        try {
            R result;
            if (t != null) {
                MemoryState next = t.writing().fork();
                result = work.apply(next);
                t.wrote(next);
            } else {
                store.lock();
                try {
                    MemoryState next = store.committed().fork();
                    result = work.apply(next);
                    store.publish(next);
                } finally {
                    store.unlock();
                }
            }
            report(shown, start, rows.applyAsLong(result), null);
            return result;
        } catch (RuntimeException e) {
            report(shown, start, 0, e);
            throw e;
        }
    }

    /** A read, reported when its cursor is closed, with the rows read by then (as SQL cursors are). */
    private RowCursor read(Shown shown, Function<MemoryState, List<Object[]>> work) {
        long start = System.nanoTime();
        try {
            return new ListCursor(work.apply(reading()), n -> report(shown, start, n, null));
        } catch (RuntimeException e) {
            report(shown, start, 0, e);
            throw e;
        }
    }

    /**
     * What an event shows of a statement.
     *
     * @param op the operation
     * @param table the table it works on, or null
     * @param text its shape, values as {@code ?}
     * @param bound the values it binds
     */
    private record Shown(String op, TableSpec table, String text, Bound bound) {
    }

    private void report(Shown s, long start, long rows, Throwable failure) {
        if (listener.wantsEvents()) {
            listener.onQuery(new QueryEvent("memory", s.op(), s.text(),
                    s.table() == null ? null : s.table().model(),
                    new QueryEvent.Parameters(s.bound().count(), showValues ? s.bound().values() : List.of()),
                    new QueryEvent.Outcome(Duration.ofNanos(System.nanoTime() - start), rows, failure), null));
        }
    }

    private static String where(Filter condition) {
        return condition == null ? "" : " where " + Shapes.of(condition);
    }

    @Override
    public RowCursor find(Select s) {
        Bound b = new Bound().where(s.where()).add(s.partition() == null ? null : s.partition().limit()).add(s.limit())
                .add(s.offset());
        return read(new Shown("SELECT", s.table(), "select " + s.columns() + " from " + s.table().name()
                + where(s.where()) + (s.orderBy().isEmpty() ? "" : " order by " + s.orderBy()) + (s.partition() == null
                ? "" : " limit ? per " + s.partition().column()) + (s.limit() == null ? "" : " limit ?")
                + (s.offset() == null ? "" : " offset ?"), b), state -> MemoryReads.select(state, s));
    }

    @Override
    public long count(Select s) {
        long start = System.nanoTime();
        Shown shown = new Shown("COUNT", s.table(), "count " + s.table().name() + where(s.where()),
                new Bound().where(s.where()).add(s.limit()).add(s.offset()));
        try {
            long n = MemoryReads.count(reading(), s);
            report(shown, start, 1, null);
            return n;
        } catch (RuntimeException e) {
            report(shown, start, 0, e);
            throw e;
        }
    }

    @Override
    public RowCursor aggregate(AggregateSelect s) {
        return read(new Shown("SELECT", s.table(), "select " + s.groupBy() + " " + s.aggregates() + " from "
                + s.table().name() + where(s.where()) + " group by " + s.groupBy(), new Bound().where(s.where())),
                state -> MemoryReads.aggregate(state, s));
    }

    @Override
    public List<Object> insert(InsertRows insert) {
        return write(new Shown("INSERT", insert.table(), "insert into " + insert.table().name() + " " + insert.columns()
                + " " + insert.rows().size() + " row(s)", new Bound().rows(insert.rows())),
                state -> MemoryWrites.insert(state, insert), List::size);
    }

    @Override
    public void upsert(UpsertRows upsert) {
        write(new Shown("UPSERT", upsert.table(), "upsert into " + upsert.table().name() + " " + upsert.columns()
                + " on " + upsert.conflict(), new Bound().rows(upsert.rows())), state -> {
                    MemoryWrites.upsert(state, upsert);
                    return upsert.rows().size();
                }, n -> n);
    }

    @Override
    public long update(UpdateRows update) {
        return write(new Shown("UPDATE", update.table(), "update " + update.table().name() + " set "
                + update.values().keySet() + where(update.where()), new Bound().all(update.values().values())
                .where(update.where())), state -> MemoryWrites.update(state, update), n -> n);
    }

    @Override
    public long delete(DeleteRows delete) {
        return write(new Shown("DELETE", delete.table(), "delete from " + delete.table().name() + where(delete.where()),
                new Bound().where(delete.where())), state -> MemoryWrites.delete(state, delete), n -> n);
    }

    @Override
    public void createTable(TableSpec table, boolean ifMissing) {
        write(new Shown("DDL", table, "create table " + table.name() + indexes(table), new Bound()), state -> {
            MemorySchema.create(state, table, ifMissing);
            return 0L;
        }, n -> 0);
    }

    @Override
    public void dropTable(TableSpec table, boolean ifExists) {
        write(new Shown("DDL", table, "drop table " + table.name(), new Bound()), state -> {
            MemorySchema.drop(state, table, ifExists);
            return 0L;
        }, n -> 0);
    }

    @Override
    public Optional<LiveTable> inspect(TableSpec table) {
        return MemorySchema.inspect(reading(), table);
    }

    @Override
    public Optional<String> typeMismatch(TableSpec table, ColumnSpec expected, LiveColumn live) {
        return live.type().equals(expected.type().name()) ? Optional.empty()
                : Optional.of("stored as " + live.type() + ", the model needs " + expected.type());
    }

    @Override
    public List<String> migration(List<SchemaChange> changes) {
        return MemorySchema.describe(changes);
    }

    @Override
    public void migrate(List<SchemaChange> changes) {
        List<SchemaChange> run = changes.stream().filter(c -> !(c instanceof SchemaChange.Note)).toList();
        if (!run.isEmpty()) {
            write(new Shown("DDL", run.get(0).table(), String.join("; ", migration(run)), new Bound()), state -> {
                MemorySchema.migrate(state, run);
                return 0L;
            }, n -> 0);
        }
    }

    @Override
    public BackendTransaction begin() {
        if (tx.get() != null) {
            throw new IllegalStateException("a transaction is already open on this thread");
        }
        MemoryTransaction t = new MemoryTransaction(store, tx::remove, this::control);
        tx.set(t);
        control("begin");
        return t;
    }

    /** Reports transaction control (begin, commit, rollback, savepoints). */
    private void control(String what) {
        report(new Shown(QueryEvent.TRANSACTION, null, what, new Bound()), System.nanoTime(), 0, null);
    }

    /** The indexes a create makes, as the statement text names them. */
    private static String indexes(TableSpec t) {
        StringBuilder sb = new StringBuilder();
        t.indexes().forEach(ix -> sb.append("; create ").append(ix.unique() ? "unique " : "").append("index ")
                .append(ix.name()).append(" on ").append(t.name()).append(' ').append(ix.columns()));
        return sb.toString();
    }

    @Override
    public void close() {
        MemoryTransaction t = tx.get();
        if (t != null) {
            t.rollback();
        }
    }

    /** A result read at once (the state it came from does not change under it). */
    private static final class ListCursor implements RowCursor {
        private final List<Object[]> rows;
        private final java.util.function.LongConsumer closed;
        private int at = -1;
        private boolean done;

        ListCursor(List<Object[]> rows, java.util.function.LongConsumer closed) {
            this.rows = rows;
            this.closed = closed;
        }

        @Override
        public boolean next() {
            if (at < rows.size()) {
                at++;
            }
            return at < rows.size();
        }

        @Override
        public Object get(int index) {
            Object v = rows.get(at)[index];
            return v instanceof byte[] b ? Arrays.copyOf(b, b.length) : v;
        }

        @Override
        public void close() {
            if (!done) {
                done = true;
                closed.accept(Math.max(0, Math.min(at + 1, rows.size())));
                at = rows.size();
            }
        }
    }
}
