package org.ar4j.spi;

import java.util.function.UnaryOperator;

/**
 * Deletes every row matching a condition.
 *
 * @param table the table
 * @param where the condition, or null for all rows
 */
public record DeleteRows(TableSpec table, Filter where) implements Write<Long> {

    @Override
    public Long runOn(Operations operations) {
        return operations.delete(this);
    }

    @Override
    public DeleteRows mapWhere(UnaryOperator<Filter> change) {
        Filter w = change.apply(where);
        return w == where ? this : new DeleteRows(table, w);
    }

    @Override
    public String description() {
        return "A delete from " + table.name();
    }
}
