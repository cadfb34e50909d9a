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
}
