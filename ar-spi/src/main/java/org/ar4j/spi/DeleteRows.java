package org.ar4j.spi;


/**
 * Deletes every row matching a condition.
 *
 * @param table the table
 * @param where the condition, or null for all rows
 */
public record DeleteRows(TableSpec table, Filter where) {
}
