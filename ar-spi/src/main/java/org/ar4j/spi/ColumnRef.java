package org.ar4j.spi;

import java.util.Objects;

/**
 * The value of a column of the same row, plus a constant: in {@link UpdateRows#values()}, what a column is set to
 * ({@code stock = stock - 1}, or {@code shipped_at = ordered_at} without a delta); as the value of a
 * {@link Filter.Compare}, the other side of a comparison of two columns (no delta). A null column value stays null.
 *
 * @param column the column read
 * @param delta  what is added (a negative number subtracts), of the column's canonical type; null for none
 */
public record ColumnRef(String column, Number delta) {
    /** Checks the column. */
    public ColumnRef {
        Objects.requireNonNull(column, "column");
    }
}
