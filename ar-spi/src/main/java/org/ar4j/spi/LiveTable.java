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
 */
public record LiveTable(String name, List<LiveColumn> columns, List<IndexSpec> indexes, List<ForeignKeySpec> foreignKeys,
                        boolean schemaless) {
    /** Copies the lists. */
    public LiveTable {
        columns = List.copyOf(columns);
        indexes = List.copyOf(indexes);
        foreignKeys = List.copyOf(foreignKeys);
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
