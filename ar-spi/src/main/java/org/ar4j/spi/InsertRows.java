package org.ar4j.spi;

import java.util.function.UnaryOperator;
import java.util.List;

/**
 * Rows to insert into one table, all with the same columns. A generated primary key is left
 * out of {@code columns} and returned by {@link Backend#write(Write)}.
 *
 * @param table   the table
 * @param columns the columns given, in the order of each row's values
 * @param rows    the values, canonical Java types, nulls allowed
 */
public record InsertRows(TableSpec table, List<String> columns, List<Object[]> rows) implements Write<List<Object>> {
    /** Copies the lists (not the arrays). */
    public InsertRows {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    @Override
    public List<Object> runOn(Operations operations) {
        return operations.insert(this);
    }

    @Override
    public InsertRows mapWhere(UnaryOperator<Filter> change) {
        return this;
    }

    @Override
    public String description() {
        return "An insert into " + table.name();
    }
}
