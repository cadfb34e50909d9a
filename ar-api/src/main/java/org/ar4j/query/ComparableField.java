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

    /** {@code field = other field} of the same record; false where either is null, as in SQL. */
    public final Predicate eqField(ComparableField<M, ? extends V> other) {
        return fields(Predicate.Operator.EQ, other);
    }

    /** {@code field < other field} of the same record; false where either is null. */
    public final Predicate ltField(ComparableField<M, ? extends V> other) {
        return fields(Predicate.Operator.LT, other);
    }

    /** {@code field <= other field} of the same record; false where either is null. */
    public final Predicate leField(ComparableField<M, ? extends V> other) {
        return fields(Predicate.Operator.LE, other);
    }

    /** {@code field > other field} of the same record; false where either is null. */
    public final Predicate gtField(ComparableField<M, ? extends V> other) {
        return fields(Predicate.Operator.GT, other);
    }

    /** {@code field >= other field} of the same record; false where either is null. */
    public final Predicate geField(ComparableField<M, ? extends V> other) {
        return fields(Predicate.Operator.GE, other);
    }

    private Predicate fields(Predicate.Operator op, ComparableField<M, ? extends V> other) {
        org.ar4j.ArgumentException.requireNonNull(other, op.name().toLowerCase(java.util.Locale.ROOT) + "Field",
                "field", "pass a field of the same model");
        return new Predicate.Compare(name(), op, FieldValue.of(other.name()));
    }
}
