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

    private static final String PREFIX = "ar4j_j";

    /**
     * How a select's order names column {@code column} of its lookup {@code lookup}: {@code ar4j_j<lookup>_c<column>}
     * (an order on a field of the record a BelongsTo points to). SQL backends also alias the joined columns so.
     */
    public static String orderColumn(int lookup, int column) {
        return PREFIX + lookup + "_c" + column;
    }

    /** The lookup and column an order's field names, as {@code {lookup, column}}, or null for an owner's column. */
    public static int[] ofOrderColumn(String field) {
        if (!field.startsWith(PREFIX)) {
            return null;
        }
        int c = field.indexOf("_c", PREFIX.length());
        try {
            return c < 0 ? null : new int[] {Integer.parseInt(field.substring(PREFIX.length(), c)),
                Integer.parseInt(field.substring(c + 2))};
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
