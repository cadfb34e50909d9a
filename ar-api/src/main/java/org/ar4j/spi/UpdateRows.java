package org.ar4j.spi;

import java.util.Map;

import org.ar4j.query.Predicate;

/**
 * Sets columns on every row matching a condition.
 *
 * @param table  the table
 * @param values column to new value (canonical Java types, nulls allowed), in a stable order
 * @param where  the condition, or null for all rows
 */
public record UpdateRows(TableSpec table, Map<String, Object> values, Predicate where) {
}
