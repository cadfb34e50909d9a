package org.ar4j.spi;

import java.util.List;

/**
 * Columns of the record a BelongsTo foreign key points to, read in the same statement as the owner rows
 * ({@code Capability.JOINS}; SQL: a LEFT JOIN): a projection's {@code Book_.writer.then(Writer_.name)}. Owners
 * whose key is null or points to no row (or to one the condition excludes) get nulls. The cursor returns a
 * lookup's columns after the select's own columns and the earlier lookups' columns.
 *
 * @param foreignKey the owner's foreign-key column
 * @param target     the target table
 * @param key        the target column the foreign key refers to
 * @param where      the relation's own condition on the target, or null
 * @param columns    the target columns to read
 */
public record Lookup(String foreignKey, TableSpec target, String key, Filter where, List<String> columns) {
    /** Copies the columns. */
    public Lookup {
        columns = List.copyOf(columns);
    }
}
