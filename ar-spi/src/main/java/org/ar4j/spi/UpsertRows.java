package org.ar4j.spi;

import java.util.function.UnaryOperator;
import java.util.List;

/**
 * Rows to insert, or, where a row with the same values in the conflict columns exists, to write over it: what
 * {@code Database.upsertAll} asks of a backend. The conflict columns are the columns of one unique key (or the
 * primary key). A row that is written over keeps its primary key; every other given column takes the row's value,
 * and the version column, if any, is incremented instead. A new row is inserted as given, with a generated primary
 * key when {@code columns} leaves it out. ar-core reads the keys back afterwards; the backend returns nothing.
 *
 * @param table     the table
 * @param columns   the columns given, in the order of each row's values (the conflict columns among them)
 * @param rows      the values, canonical Java types, nulls allowed; no two rows share conflict values
 * @param conflict  the columns of the unique key that decides between insert and write-over
 * @param version   the optimistic-locking version column, or null
 * @param insertOnly columns written only when a row is inserted, kept as stored when one is written over (a
 *                   creation timestamp)
 */
public record UpsertRows(TableSpec table, List<String> columns, List<Object[]> rows, List<String> conflict,
                         String version, List<String> insertOnly) implements Write<Void> {
    /** Copies the lists (not the arrays). */
    public UpsertRows {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        conflict = List.copyOf(conflict);
        insertOnly = List.copyOf(insertOnly);
    }

    /** Rows to upsert without insert-only columns. */
    public UpsertRows(TableSpec table, List<String> columns, List<Object[]> rows, List<String> conflict, String version) {
        this(table, columns, rows, conflict, version, List.of());
    }

    /**
     * The columns a written-over row takes from the given row: all but the conflict, primary key, version and
     * insert-only columns.
     */
    public List<String> updated() {
        return columns.stream().filter(c -> !conflict.contains(c) && !table.primaryKeyColumns().contains(table.column(c))
                && !c.equals(version) && !insertOnly.contains(c)).toList();
    }

    @Override
    public Void runOn(Operations operations) {
        operations.upsert(this);
        return null;
    }

    @Override
    public UpsertRows mapWhere(UnaryOperator<Filter> change) {
        return this;
    }

    @Override
    public String description() {
        return "An upsert into " + table.name();
    }
}
