package org.ar4j.relation;

import java.util.Optional;
import java.util.OptionalDouble;

import org.ar4j.ActiveRecord;
import org.ar4j.QueryException;
import org.ar4j.internal.engine.Engine;
import org.ar4j.query.Predicate;

/**
 * A relation to many records ({@link HasMany}, {@link HasManyThrough}), with aggregates per owner. Each
 * aggregate is read without a query when the owner was loaded by a query with the matching
 * {@code withCount}/{@code withSum}/... , and with one query otherwise. The relation's own condition applies.
 *
 * @param <T> the target model
 * @param <R> the concrete descriptor type
 */
public abstract sealed class CollectionRelation<T extends ActiveRecord<T>, R extends CollectionRelation<T, R>>
        extends Relation<T, R> permits HasMany, HasManyThrough {

    CollectionRelation(RelationSpec spec) {
        super(spec);
    }

    private Object aggregate(ActiveRecord<?> owner, String kind, String field, Predicate condition) {
        return Engine.get().database(owner.getClass(), owner).relationAggregate(this, owner, kind, field, condition);
    }

    /** The number of the owner's related records (at most the relation's limit). */
    public final long count(ActiveRecord<?> owner) {
        return (Long) aggregate(owner, "COUNT", null, null);
    }

    /** The number of the owner's related records that match a condition. */
    public final long count(ActiveRecord<?> owner, Predicate condition) {
        if (condition == null) {
            throw new QueryException("count(owner, condition) got a null condition; use count(owner)");
        }
        return (Long) aggregate(owner, "COUNT", null, condition);
    }

    /**
     * The sum of a numeric field over the owner's related records, zero without any: a {@code Long} for int and
     * long fields, a {@code Double} for double, an exact {@code BigDecimal} for BigDecimal.
     */
    public final <V> V sum(ActiveRecord<?> owner, String field, Class<V> type) {
        return typed("sum", field, aggregate(owner, "SUM", field, null), type);
    }

    /** The smallest value of a field over the owner's related records; empty without any value. */
    public final <V> Optional<V> min(ActiveRecord<?> owner, String field, Class<V> type) {
        return Optional.ofNullable(typed("min", field, aggregate(owner, "MIN", field, null), type));
    }

    /** The largest value of a field over the owner's related records; empty without any value. */
    public final <V> Optional<V> max(ActiveRecord<?> owner, String field, Class<V> type) {
        return Optional.ofNullable(typed("max", field, aggregate(owner, "MAX", field, null), type));
    }

    /** The mean of a numeric field over the owner's related records' values; empty without any value. */
    public final OptionalDouble average(ActiveRecord<?> owner, String field) {
        Object v = aggregate(owner, "AVG", field, null);
        return v == null ? OptionalDouble.empty() : OptionalDouble.of((Double) v);
    }

    private <V> V typed(String op, String field, Object value, Class<V> type) {
        if (value != null && !type.isInstance(value)) {
            throw new QueryException(op + "(owner, \"" + field + "\", " + type.getSimpleName() + ".class) on " + this
                    + ": the value is a " + value.getClass().getSimpleName() + "; ask for "
                    + value.getClass().getSimpleName() + ".class");
        }
        return type.cast(value);
    }
}
