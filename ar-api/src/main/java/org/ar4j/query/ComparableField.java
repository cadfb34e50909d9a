package org.ar4j.query;

/**
 * A field whose values are ordered (numbers, strings, dates and times, UUIDs, enums by name): adds the
 * comparisons.
 *
 * @param <M> the model that declares the field
 * @param <V> the field's Java type
 */
public class ComparableField<M, V extends Comparable<? super V>> extends Field<M, V> {

    ComparableField(Class<M> model, String name, Class<V> type) {
        super(model, name, type);
    }


    /** {@code field < value}. */
    public final Predicate lt(V value) {
        return Where.lt(name(), value);
    }

    /** {@code field <= value}. */
    public final Predicate le(V value) {
        return Where.le(name(), value);
    }

    /** {@code field > value}. */
    public final Predicate gt(V value) {
        return Where.gt(name(), value);
    }

    /** {@code field >= value}. */
    public final Predicate ge(V value) {
        return Where.ge(name(), value);
    }

    /** {@code low <= field <= high}. */
    public final Predicate between(V low, V high) {
        return Where.between(name(), low, high);
    }
}
