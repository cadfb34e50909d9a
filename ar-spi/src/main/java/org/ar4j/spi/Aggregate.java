package org.ar4j.spi;

import java.util.Objects;

/**
 * One aggregate of an {@link AggregateSelect}. Its value in a {@link RowCursor}: COUNT a {@code Long};
 * SUM a {@code Long} for INTEGER and LONG columns, a {@code Double} for DOUBLE, an exact {@code BigDecimal}
 * for DECIMAL (never rounded through a binary float), null when no row has a value; MIN and MAX the
 * column's canonical value, null when no row has a value.
 *
 * @param function the function
 * @param column   the column aggregated; null only for {@code COUNT(*)}
 */
public record Aggregate(Function function, String column) {
    /** The portable aggregate functions (an average is a SUM divided by a COUNT of the column). */
    public enum Function {
        /** The number of rows ({@code column} null) or of non-null values. */
        COUNT,
        /** The sum of the non-null values. */
        SUM,
        /** The smallest non-null value, in ar4j's portable order. */
        MIN,
        /** The largest non-null value, in ar4j's portable order. */
        MAX
    }

    /** Checks the parts. */
    public Aggregate {
        Objects.requireNonNull(function, "function");
        if (column == null && function != Function.COUNT) {
            throw new IllegalArgumentException(function + " needs a column");
        }
    }

    /** The portable type of this aggregate's value, given the column's type. */
    public ColumnType resultType(TableSpec table) {
        if (function == Function.COUNT) {
            return ColumnType.LONG;
        }
        ColumnType t = table.typeOf(column);
        return function == Function.SUM && t == ColumnType.INTEGER ? ColumnType.LONG : t;
    }
}
