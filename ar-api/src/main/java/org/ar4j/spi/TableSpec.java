package org.ar4j.spi;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A table (or collection) as a backend sees it: its columns, primary key and indexes.
 * Immutable; one instance per model, shared by every operation on it.
 *
 * @param name    the table name
 * @param columns the columns, primary key first
 * @param indexes secondary indexes (foreign keys and unique columns)
 */
public record TableSpec(String name, List<ColumnSpec> columns, List<IndexSpec> indexes) {
    /** Copies the lists. */
    public TableSpec {
        columns = List.copyOf(columns);
        indexes = List.copyOf(indexes);
    }

    /** The primary-key column. */
    public ColumnSpec primaryKey() {
        for (ColumnSpec c : columns) {
            if (c.primaryKey()) {
                return c;
            }
        }
        throw new IllegalStateException("table " + name + " has no primary key");
    }

    /** A column by name. */
    public ColumnSpec column(String columnName) {
        ColumnSpec c = byName().get(columnName);
        if (c == null) {
            throw new IllegalArgumentException("table " + name + " has no column " + columnName);
        }
        return c;
    }

    /** The type of a column. */
    public ColumnType typeOf(String columnName) {
        return column(columnName).type();
    }

    private Map<String, ColumnSpec> byName() {
        return columns.stream().collect(Collectors.toMap(ColumnSpec::name, Function.identity()));
    }
}
