package org.ar4j.spi;

import java.util.Objects;

/**
 * One column of a table, derived from a model field.
 *
 * @param name     the column name (already mapped; backends quote it, never rewrite it)
 * @param type     the portable type
 * @param nullable whether nulls are allowed
 * @param key      whether this is the primary key, and who gives its values
 * @param unique   whether a unique index is required
 * @param field    the model's field name (Java) for messages
 * @param size     the declared length, precision and scale
 */
public record ColumnSpec(String name, ColumnType type, boolean nullable, Key key, boolean unique, String field,
                         Size size) {

    /** Whether a column is the primary key, and who gives its values. */
    public enum Key {
        /** Not the primary key. */
        NONE,
        /** The primary key; the application gives its values. */
        ASSIGNED,
        /** The primary key; the backend generates its values on insert (numeric ids). */
        GENERATED
    }

    /**
     * The declared size of a column, and how its values are written.
     *
     * @param length       the declared most characters of a STRING column, or 0 for unbounded
     * @param precision    the declared total digits of a DECIMAL column, or 0 for any
     * @param scale        the declared decimals of a DECIMAL column with a precision
     * @param fixedWidth   whether a STRING column with a length is fixed-width ({@code CHAR(n)}, padded with spaces)
     * @param smallInteger whether an INTEGER column's values are 16-bit (a {@code short} field), so a
     *                     {@code SMALLINT} column holds them
     * @param insertDefault whether an insert leaves the column out when its value is null, for the database's default
     *                      to fill it (so a NOT NULL column may be left out)
     */
    public record Size(int length, int precision, int scale, boolean fixedWidth, boolean smallInteger,
                       boolean insertDefault) {
        /** No declared size. */
        public static final Size NONE = new Size(0, 0, 0);

        /** A size of variable width and of no narrower integer. */
        public Size(int length, int precision, int scale) {
            this(length, precision, scale, false, false, false);
        }
    }

    /** Validates the parts. */
    public ColumnSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(size, "size");
    }

    /** A column without a declared size. */
    public ColumnSpec(String name, ColumnType type, boolean nullable, boolean primaryKey, boolean generated,
                      boolean unique, String field) {
        this(name, type, nullable, primaryKey ? generated ? Key.GENERATED : Key.ASSIGNED : Key.NONE, unique, field,
                Size.NONE);
    }

    /** A column whose field name is its column name. */
    public ColumnSpec(String name, ColumnType type, boolean nullable, boolean primaryKey, boolean generated,
                      boolean unique) {
        this(name, type, nullable, primaryKey, generated, unique, name);
    }

    /** This column accepting nulls or not. */
    public ColumnSpec withNullable(boolean value) {
        return new ColumnSpec(name, type, value, key, unique, field, size);
    }

    /** Whether this is the primary key. */
    public boolean primaryKey() {
        return key != Key.NONE;
    }

    /** Whether the backend generates the value on insert. */
    public boolean generated() {
        return key == Key.GENERATED;
    }

    /** Whether this is a fixed-width STRING column ({@link Size#fixedWidth()}). */
    public boolean fixedWidth() {
        return size.fixedWidth();
    }

    /** The declared most characters of a STRING column, or 0 for unbounded ({@link Size#length()}). */
    public int length() {
        return size.length();
    }

    /** The declared total digits of a DECIMAL column, or 0 for any ({@link Size#precision()}). */
    public int precision() {
        return size.precision();
    }

    /** The declared decimals of a DECIMAL column with a precision ({@link Size#scale()}). */
    public int scale() {
        return size.scale();
    }
}
