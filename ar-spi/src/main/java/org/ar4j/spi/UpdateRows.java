package org.ar4j.spi;

import java.util.function.UnaryOperator;
import java.util.List;
import java.util.Map;


/**
 * Sets columns on every row matching a condition.
 *
 * @param table  the table
 * @param values column to new value (canonical Java types, nulls allowed), in a stable order
 * @param where  the condition, or null for all rows
 * @param increments numeric columns set to their own value plus one on every matching row (the
 *                   {@code @Version} of a versioned model); never also in {@code values}
 */
public record UpdateRows(TableSpec table, Map<String, Object> values, Filter where, List<String> increments)
        implements Write<Long> {
    /** Copies the increments. */
    public UpdateRows {
        increments = List.copyOf(increments);
    }

    /** An update without increments. */
    public UpdateRows(TableSpec table, Map<String, Object> values, Filter where) {
        this(table, values, where, List.of());
    }

    @Override
    public Long runOn(Operations operations) {
        return operations.update(this);
    }

    @Override
    public UpdateRows mapWhere(UnaryOperator<Filter> change) {
        Filter w = change.apply(where);
        return w == where ? this : new UpdateRows(table, values, w, increments);
    }

    @Override
    public String description() {
        return "An update of " + table.name();
    }
}
