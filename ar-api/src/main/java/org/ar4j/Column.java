package org.ar4j;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Overrides the column name of a field (by default the snake_case form of the field name)
 * and declares column constraints.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
@Documented
public @interface Column {
    /** The column name; empty means the default snake_case name. */
    String value() default "";

    /** Whether the column carries a unique index. */
    boolean unique() default false;

    /**
     * Whether the column carries a (non-unique) index, for columns queries filter or order by, such as a creation
     * time pages are sorted by. Foreign keys of BelongsTo relations are indexed without it.
     */
    boolean index() default false;

    /** Whether the column rejects nulls (primitive fields are always NOT NULL). */
    boolean notNull() default false;

    /**
     * The most characters a {@code String} field holds; 0 (the default) for unbounded text. A longer
     * value is refused before it is written, on every backend, and SQL backends declare the column with
     * this length ({@code VARCHAR(n)}).
     */
    int length() default 0;

    /**
     * Whether a {@code String} field with a {@link #length()} is stored in a fixed-width column ({@code CHAR(n)}, as
     * an existing table may have): the database pads a shorter value with spaces, ar4j reads it back without them, and
     * a value ending in a space is refused (it could not be read back as written).
     */
    boolean fixedWidth() default false;

    /**
     * Whether the database fills this column when a record is inserted without a value, as a column with a
     * {@code DEFAULT} in an existing table: a null field is left out of the INSERT, and after it the stored value is
     * read back into the field (one read per insert or batch that left one out). ar4j declares no default in the
     * tables it creates; where the column has none, the insert stores NULL (or fails on a NOT NULL column).
     */
    boolean insertDefault() default false;

    /**
     * The total number of digits of a {@code BigDecimal} field; 0 (the default) for any. With a
     * precision, SQL backends declare {@code DECIMAL(precision, scale)}, values are stored with exactly
     * {@link #scale()} decimals (a value that would need rounding is refused), and a value with more
     * integer digits than {@code precision - scale} is refused before it is written.
     */
    int precision() default 0;

    /** The number of decimals of a {@code BigDecimal} field with a {@link #precision()}; 0 by default. */
    int scale() default 0;
}
