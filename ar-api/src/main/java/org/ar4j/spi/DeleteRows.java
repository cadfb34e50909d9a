package org.ar4j.spi;

import org.ar4j.query.Predicate;

/**
 * Deletes every row matching a condition.
 *
 * @param table the table
 * @param where the condition, or null for all rows
 */
public record DeleteRows(TableSpec table, Predicate where) {
}
