package org.ar4j.query;

import org.ar4j.ArgumentException;
/**
 * A numeric field (int, long, double, BigDecimal): the one kind {@link Query#sum(NumericField)} and
 * {@link Query#average(NumericField)} take.
 *
 * @param <M> the model that declares the field
 * @param <V> the field's Java type
 * @param <S> the type of its exact sum: {@code Long} for int and long fields, {@code Double} for double,
 *            {@code BigDecimal} for BigDecimal
 */
public final class NumericField<M, V extends Number & Comparable<? super V>, S extends Number>
        extends ComparableField<M, V> {
    private final Class<S> sumType;

    NumericField(Class<M> model, String name, Class<V> type, Class<S> sumType) {
        super(model, name, type);
        this.sumType = ArgumentException.requireNonNull(sumType, "Field.numeric", "sumType", "pass a value");
    }


    /** The type of this field's sum. */
    public Class<S> sumType() {
        return sumType;
    }

    /**
     * For {@code updateAll}: this field set to its own value plus {@code amount}, computed by the database in the
     * update itself ({@code stock = stock + ?}), so concurrent updates add up without a locking read.
     */
    public Assignment plus(V amount) {
        return new Assignment(this, FieldValue.of(name()).plus(amount));
    }

    /** For {@code updateAll}: this field set to its own value minus {@code amount} (see {@link #plus}). */
    public Assignment minus(V amount) {
        return new Assignment(this, FieldValue.of(name()).minus(amount));
    }
}
