package org.ar4j.spi;

import java.util.function.UnaryOperator;

/**
 * One read a backend runs, as a value: {@link Backend#read} takes every kind (a {@link Select} is a find; a stream,
 * a count, grouped aggregates, a native query), so a decorator (a guard, a router, a rewriter) handles reads in one
 * method. {@code R} is what the read returns: a cursor, or a count.
 *
 * @param <R> the result
 */
public sealed interface Read<R> permits Select, Read.Stream, Read.Count, Read.Aggregation, Read.Native {

    /** What a backend does for each kind of read: {@link Backend#read} runs a read on its operations. */
    interface Operations {
        /** The rows a select matches. */
        RowCursor find(Select select);

        /** The rows a select matches, read as they arrive (a server cursor, a fetch size); {@link #find} by default. */
        default RowCursor stream(Select select) {
            return find(select);
        }

        /** How many rows a select returns (honouring its limit and offset). */
        long count(Select select);

        /** Grouped aggregates. */
        RowCursor aggregate(AggregateSelect select);

        /** A native query, its columns as named. */
        RowCursor query(NativeQuery query);
    }

    /** Runs this read on a backend's operations. */
    R runOn(Operations operations);

    /** This read with its condition changed ({@code change} gets the condition, null for none); native reads stay. */
    Read<R> mapWhere(UnaryOperator<Filter> change);

    /** The result with its cursor, if it is one, passed through {@code wrap} (a count stays). */
    R wrapCursor(R result, UnaryOperator<RowCursor> wrap);

    /** What the read is, for messages: "A query", "A count"... */
    String description();

    /** A select's rows: a {@link Select} is itself that read. */
    static Select find(Select select) {
        return select;
    }

    /** A select's rows, streamed. */
    static Stream stream(Select select) {
        return new Stream(select);
    }

    /** How many rows a select returns. */
    static Count count(Select select) {
        return new Count(select);
    }

    /** Grouped aggregates. */
    static Aggregation aggregate(AggregateSelect select) {
        return new Aggregation(select);
    }

    /** A native query. */
    static Native query(NativeQuery query) {
        return new Native(query);
    }

    /**
     * The rows a select matches, streamed.
     *
     * @param select the select
     */
    record Stream(Select select) implements Read<RowCursor> {
        @Override
        public RowCursor runOn(Operations operations) {
            return operations.stream(select);
        }

        @Override
        public Stream mapWhere(UnaryOperator<Filter> change) {
            Select changed = select.mapWhere(change);
            return changed == select ? this : new Stream(changed);
        }

        @Override
        public RowCursor wrapCursor(RowCursor result, UnaryOperator<RowCursor> wrap) {
            return wrap.apply(result);
        }

        @Override
        public String description() {
            return "A streamed query";
        }
    }

    /**
     * How many rows a select returns.
     *
     * @param select the select
     */
    record Count(Select select) implements Read<Long> {
        @Override
        public Long runOn(Operations operations) {
            return operations.count(select);
        }

        @Override
        public Count mapWhere(UnaryOperator<Filter> change) {
            Select changed = select.mapWhere(change);
            return changed == select ? this : new Count(changed);
        }

        @Override
        public Long wrapCursor(Long result, UnaryOperator<RowCursor> wrap) {
            return result;
        }

        @Override
        public String description() {
            return "A count";
        }
    }

    /**
     * Grouped aggregates.
     *
     * @param select the aggregate select
     */
    record Aggregation(AggregateSelect select) implements Read<RowCursor> {
        @Override
        public RowCursor runOn(Operations operations) {
            return operations.aggregate(select);
        }

        @Override
        public Aggregation mapWhere(UnaryOperator<Filter> change) {
            Filter w = change.apply(select.where());
            return w == select.where() ? this : new Aggregation(select.withWhere(w));
        }

        @Override
        public RowCursor wrapCursor(RowCursor result, UnaryOperator<RowCursor> wrap) {
            return wrap.apply(result);
        }

        @Override
        public String description() {
            return "An aggregate query";
        }
    }

    /**
     * A native query.
     *
     * @param query the query
     */
    record Native(NativeQuery query) implements Read<RowCursor> {
        @Override
        public RowCursor runOn(Operations operations) {
            return operations.query(query);
        }

        @Override
        public Native mapWhere(UnaryOperator<Filter> change) {
            return this;
        }

        @Override
        public RowCursor wrapCursor(RowCursor result, UnaryOperator<RowCursor> wrap) {
            return wrap.apply(result);
        }

        @Override
        public String description() {
            return "A native SQL query";
        }
    }
}
