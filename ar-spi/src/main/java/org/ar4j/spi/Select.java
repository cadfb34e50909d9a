package org.ar4j.spi;

import java.util.List;

import org.ar4j.query.Order;

/**
 * A read: which columns of which table, under which condition, in which order, how many.
 * Predicates and orders name columns, and predicate values have the canonical Java type of
 * their column's {@link ColumnType}.
 *
 * @param table     the table
 * @param columns   the columns to return, in the order a {@link RowCursor} indexes them
 * @param where     the condition, or null for all rows
 * @param orderBy   the order (may be empty)
 * @param limit     the maximum row count, or null
 * @param offset    rows to skip, or null
 * @param partition a per-partition limit, or null
 * @param locking   row locks the read takes until the transaction ends, or null for none
 * @param lookups   BelongsTo targets' columns read with each row (only to backends with {@code Capability.JOINS};
 *                  never with a partition or locks)
 */
public record Select(TableSpec table, List<String> columns, Filter where, List<Order> orderBy,
                     Integer limit, Long offset, PartitionLimit partition, Locking locking, List<Lookup> lookups) {
    /** Copies the lists. */
    public Select {
        columns = List.copyOf(columns);
        orderBy = List.copyOf(orderBy);
        lookups = List.copyOf(lookups);
    }

    /** A read without row locks or lookups. */
    public Select(TableSpec table, List<String> columns, Filter where, List<Order> orderBy,
                  Integer limit, Long offset, PartitionLimit partition) {
        this(table, columns, where, orderBy, limit, offset, partition, null, List.of());
    }

    /** The same read under another condition (locks and lookups kept). */
    public Select withWhere(Filter other) {
        return new Select(table, columns, other, orderBy, limit, offset, partition, locking, lookups);
    }

    /** The same read with other row locks. */
    public Select withLocking(Locking other) {
        return new Select(table, columns, where, orderBy, limit, offset, partition, other, lookups);
    }

    /** The same read with lookups. */
    public Select withLookups(List<Lookup> other) {
        return new Select(table, columns, where, orderBy, limit, offset, partition, locking, other);
    }
}
