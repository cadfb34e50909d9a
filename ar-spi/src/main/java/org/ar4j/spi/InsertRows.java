package org.ar4j.spi;

import java.util.List;

/**
 * Rows to insert into one table, all with the same columns. A generated primary key is left
 * out of {@code columns} and returned by {@link Backend#insert(InsertRows)}.
 *
 * @param table   the table
 * @param columns the columns given, in the order of each row's values
 * @param rows    the values, canonical Java types, nulls allowed
 */
public record InsertRows(TableSpec table, List<String> columns, List<Object[]> rows) {
    /** Copies the lists (not the arrays). */
    public InsertRows {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }
}
