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
 * @param length     the declared most characters of a STRING column, or 0 for unbounded
 * @param precision  the declared total digits of a DECIMAL column, or 0 for any
 * @param scale      the declared decimals of a DECIMAL column with a precision
 */
public record ColumnSpec(String name, ColumnType type, boolean nullable, boolean primaryKey,
                         boolean generated, boolean unique, String field, int length, int precision, int scale) {
    /** Validates the parts. */
    public ColumnSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(field, "field");
    }

    /** A column without a declared length or precision. */
    public ColumnSpec(String name, ColumnType type, boolean nullable, boolean primaryKey, boolean generated,
                      boolean unique, String field) {
        this(name, type, nullable, primaryKey, generated, unique, field, 0, 0, 0);
    }

    /** A column whose field name is its column name. */
    public ColumnSpec(String name, ColumnType type, boolean nullable, boolean primaryKey, boolean generated,
                      boolean unique) {
        this(name, type, nullable, primaryKey, generated, unique, name);
    }
}
