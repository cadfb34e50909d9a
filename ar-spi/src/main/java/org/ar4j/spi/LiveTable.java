package org.ar4j.spi;

import java.util.List;

/**
 * A table or collection as the database's catalogue describes it (JDBC metadata, {@code PRAGMA},
 * information_schema, MongoDB's collection and index lists), for {@code schema().validate(...)}.
 *
 * @param name        the table or collection name
 * @param columns     its columns; for a schemaless collection, the model's columns that every document
 *                    can be read into (a required field some document lacks is left out)
 * @param indexes     its secondary indexes (primary keys excluded); names as the database reports them
 * @param foreignKeys its foreign-key constraints
 * @param schemaless  whether the backend stores documents without declared columns (MongoDB): then the
 *                    columns are derived from the model and the documents, as above
 * @param primaryKey  the columns of its primary key in key order (MongoDB: the id), empty when it has none or the
 *                    backend does not read it
 */
public record LiveTable(String name, List<LiveColumn> columns, List<IndexSpec> indexes, List<ForeignKeySpec> foreignKeys,
                        boolean schemaless, List<String> primaryKey) {
    /** Copies the lists. */
    public LiveTable {
        columns = List.copyOf(columns);
        indexes = List.copyOf(indexes);
        foreignKeys = List.copyOf(foreignKeys);
        primaryKey = List.copyOf(primaryKey);
    }

    /** A table whose primary key was not read. */
    public LiveTable(String name, List<LiveColumn> columns, List<IndexSpec> indexes, List<ForeignKeySpec> foreignKeys,
                     boolean schemaless) {
        this(name, columns, indexes, foreignKeys, schemaless, List.of());
    }

    /**
     * Whether the database keeps {@code column} unique: it is the whole primary key, or a unique index has exactly
     * that one column (names compared without regard to case).
     */
    public boolean keepsUnique(String column) {
        return keepsUnique(List.of(column));
    }

    /**
     * Whether the database keeps the combination of {@code columns} unique: they are the whole primary key, or a
     * unique index has exactly those columns, in any order (names compared without regard to case).
     */
    public boolean keepsUnique(List<String> columns) {
        if (sameColumns(primaryKey, columns)) {
            return true;
        }
        for (IndexSpec ix : indexes) {
            if (ix.unique() && sameColumns(ix.columns(), columns)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameColumns(List<String> a, List<String> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (String x : a) {
            if (b.stream().noneMatch(x::equalsIgnoreCase)) {
                return false;
            }
        }
        return true;
    }

    /** A column by name (as the database reports it, compared without regard to case), or null. */
    public LiveColumn column(String columnName) {
        for (LiveColumn c : columns) {
            if (c.name().equalsIgnoreCase(columnName)) {
                return c;
            }
        }
        return null;
    }
}
