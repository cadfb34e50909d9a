package org.ar4j.query;

import java.util.Optional;
import java.util.OptionalDouble;

/** One group of a {@link Grouping}: its group fields' values and its aggregates, typed as on a {@link Query}. */
public interface GroupRow {
    /** The value of a group field (null for the group of records without a value). */
    <V> V get(String field, Class<V> type);

    /** The number of records in the group (asked for with {@link Grouping#count()}). */
    long count();

    /** The group's sum of a field: Long, Double or BigDecimal as {@link Query#sum}; zero without values. */
    <V> V sum(String field, Class<V> type);

    /** The group's smallest value of a field; empty without values. */
    <V> Optional<V> min(String field, Class<V> type);

    /** The group's largest value of a field; empty without values. */
    <V> Optional<V> max(String field, Class<V> type);

    /** The group's mean of a field; empty without values. */
    OptionalDouble average(String field);

    /** The value of a typed group field. */
    default <V> V get(Field<?, V> field) {
        return get(field.name(), field.type());
    }

    /** The group's sum of a typed numeric field, of the field's sum type. */
    default <S extends Number> S sum(NumericField<?, ?, S> field) {
        return sum(field.name(), field.sumType());
    }

    /** The group's smallest value of a typed field. */
    default <V extends Comparable<? super V>> Optional<V> min(ComparableField<?, V> field) {
        return min(field.name(), field.type());
    }

    /** The group's largest value of a typed field. */
    default <V extends Comparable<? super V>> Optional<V> max(ComparableField<?, V> field) {
        return max(field.name(), field.type());
    }

    /** The group's mean of a typed numeric field. */
    default OptionalDouble average(NumericField<?, ?, ?> field) {
        return average(field.name());
    }
}
