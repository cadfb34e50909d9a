package org.ar4j.query;

import org.ar4j.ArgumentException;

/**
 * One ordering term: a field and a direction.
 *
 * @param field     a field or column name
 * @param ascending true for ascending order
 */
public record Order(String field, boolean ascending) {
    /** Validates the field. */
    public Order {
        ArgumentException.requireNonNull(field, "Order", "field", "pass a value");
    }

    /** Ascending order on a field. */
    public static Order asc(String field) {
        return new Order(field, true);
    }

    /** Descending order on a field. */
    public static Order desc(String field) {
        return new Order(field, false);
    }

    /** The same direction on another field name. */
    public Order withField(String other) {
        return new Order(other, ascending);
    }
}
