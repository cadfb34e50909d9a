package org.ar4j.spi;

import java.util.List;
import java.util.function.UnaryOperator;

import org.ar4j.query.Order;

/**
 * A read: which columns of which table, under which condition, in which order, how many. Predicates and orders name
 * columns, and predicate values have the canonical Java type of their column's {@link ColumnType}. Built with
 * {@link #of} and withers: {@code Select.of(table, columns).withWhere(f).withOrderBy(o).withLimit(10)}; a wither
 * changes one part and keeps every other.
 *
 * @param table   the table
 * @param columns the columns to return, in the order a {@link RowCursor} indexes them
 * @param where   the condition, or null for all rows
 * @param orderBy the order (may be empty)
 * @param window  which of the ordered rows: limit, offset, a per-partition limit
 * @param locking row locks the read takes until the transaction ends, or null for none
 * @param lookups BelongsTo targets' columns read with each row (only to backends with {@code Capability.JOINS};
 *                never with a partition or locks)
 */
public record Select(TableSpec table, List<String> columns, Filter where, List<Order> orderBy, Window window,
                     Locking locking, List<Lookup> lookups) implements Read<RowCursor> {

    /**
     * Which of the ordered rows a read returns.
     *
     * @param limit     the maximum row count, or null
     * @param offset    rows to skip, or null
     * @param partition a per-partition limit, or null
     */
    public record Window(Integer limit, Long offset, PartitionLimit partition) {
        /** All rows. */
        public static final Window ALL = new Window(null, null, null);
    }

    /** Copies the lists. */
    public Select {
        columns = List.copyOf(columns);
        orderBy = List.copyOf(orderBy);
        window = window == null ? Window.ALL : window;
        lookups = List.copyOf(lookups);
    }

    /** Every row of the table, these columns, in no order, without locks or lookups. */
    public static Select of(TableSpec table, List<String> columns) {
        return new Select(table, columns, null, List.of(), Window.ALL, null, List.of());
    }

    /** The maximum row count, or null. */
    public Integer limit() {
        return window.limit();
    }

    /** Rows to skip, or null. */
    public Long offset() {
        return window.offset();
    }

    /** A per-partition limit, or null. */
    public PartitionLimit partition() {
        return window.partition();
    }

    /** The same read under another condition. */
    public Select withWhere(Filter other) {
        return new Select(table, columns, other, orderBy, window, locking, lookups);
    }

    /** The same read in another order. */
    public Select withOrderBy(List<Order> other) {
        return new Select(table, columns, where, other, window, locking, lookups);
    }

    /** The same read with another limit. */
    public Select withLimit(Integer other) {
        return new Select(table, columns, where, orderBy, new Window(other, window.offset(), window.partition()),
                locking,
                lookups);
    }

    /** The same read skipping another number of rows. */
    public Select withOffset(Long other) {
        return new Select(table, columns, where, orderBy, new Window(window.limit(), other, window.partition()),
                locking,
                lookups);
    }

    /** The same read with another per-partition limit. */
    public Select withPartition(PartitionLimit other) {
        return new Select(table, columns, where, orderBy, new Window(window.limit(), window.offset(), other), locking,
                lookups);
    }

    /** The same read with other row locks. */
    public Select withLocking(Locking other) {
        return new Select(table, columns, where, orderBy, window, other, lookups);
    }

    /** The same read with lookups. */
    public Select withLookups(List<Lookup> other) {
        return new Select(table, columns, where, orderBy, window, locking, other);
    }

    /** As a read, a select is a find: the rows it matches. */
    @Override
    public RowCursor runOn(Read.Operations operations) {
        return operations.find(this);
    }

    @Override
    public Select mapWhere(UnaryOperator<Filter> change) {
        Filter w = change.apply(where);
        return w == where ? this : withWhere(w);
    }

    @Override
    public RowCursor wrapCursor(RowCursor result, UnaryOperator<RowCursor> wrap) {
        return wrap.apply(result);
    }

    @Override
    public String description() {
        return "A query";
    }
}
