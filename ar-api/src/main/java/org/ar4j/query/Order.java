package org.ar4j.query;

import org.ar4j.ArgumentException;

/**
 * One ordering term: a field and a direction, optionally of the record a BelongsTo relation points to
 * ({@code Post_.author.then(User_.username).asc()}: owners without that record come first ascending, last
 * descending, as nulls do).
 *
 * @param field     a field or column name (of the relation's target when {@code through} is given)
 * @param ascending true for ascending order
 * @param through   the BelongsTo relation whose target holds the field, or null for a field of the queried model
 */
public record Order(String field, boolean ascending, RelationPath<?> through) {
    /** Validates the field. */
    public Order {
        ArgumentException.requireNonNull(field, "Order", "field", "pass a value");
    }

    /** An order on a field of the queried model. */
    public Order(String field, boolean ascending) {
        this(field, ascending, null);
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
        return new Order(other, ascending, through);
    }
}
