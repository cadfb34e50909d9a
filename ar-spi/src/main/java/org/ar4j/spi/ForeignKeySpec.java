package org.ar4j.spi;

/**
 * A foreign-key constraint: a column that must hold a key of another table (or null).
 *
 * @param name             the constraint name, unique in the database
 * @param column           the referring column
 * @param referencedTable  the referenced table
 * @param referencedColumn the referenced column (its primary key or a unique column)
 */
public record ForeignKeySpec(String name, String column, String referencedTable, String referencedColumn) {
}
