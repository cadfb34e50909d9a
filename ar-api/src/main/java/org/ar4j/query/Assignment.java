package org.ar4j.query;

/**
 * One {@code field = value} of {@link Query#updateAll(Assignment...)}, made with {@link Field#set}.
 *
 * @param field the field
 * @param value the new value, or null
 */
public record Assignment(Field<?, ?> field, Object value) {
}
