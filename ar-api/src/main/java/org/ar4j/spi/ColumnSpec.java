package org.ar4j.spi;

import java.util.Objects;

/**
 * One column of a table, derived from a model field.
 *
 * @param name       the column name (already mapped; backends quote it, never rewrite it)
 * @param type       the portable type
 * @param nullable   whether nulls are allowed
 * @param primaryKey whether this is the primary key
 * @param generated  whether the backend generates the value on insert (numeric ids)
 * @param unique     whether a unique index is required
 * @param field      the model's field name (Java) for messages
 */
public record ColumnSpec(String name, ColumnType type, boolean nullable, boolean primaryKey,
                         boolean generated, boolean unique, String field) {
    /** Validates the parts. */
    public ColumnSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(field, "field");
    }

    /** A column whose field name is its column name. */
    public ColumnSpec(String name, ColumnType type, boolean nullable, boolean primaryKey, boolean generated,
                      boolean unique) {
        this(name, type, nullable, primaryKey, generated, unique, name);
    }
}
