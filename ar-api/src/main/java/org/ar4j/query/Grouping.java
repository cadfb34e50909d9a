package org.ar4j.query;

import java.util.List;

/**
 * A grouped query: one {@link GroupRow} per distinct combination of the group fields among the matching records,
 * in ascending order of those fields (nulls first), with the aggregates asked for. Built with
 * {@link Query#groupBy}; immutable, like queries.
 *
 * <pre>{@code
 * List<GroupRow> rows = Order.query().groupBy("customerId").count().sum("total")
 *         .having(Where.gt("count", 2)).rows();
 * }</pre>
 */
public interface Grouping {
    /** Adds the number of records of each group, named {@code "count"} in {@link #having}. */
    Grouping count();

    /** Adds the sum of a numeric field (exact, as {@link Query#sum}), named {@code "sum(field)"}. */
    Grouping sum(String field);

    /** Adds the smallest value of a field, named {@code "min(field)"}. */
    Grouping min(String field);

    /** Adds the largest value of a field, named {@code "max(field)"}. */
    Grouping max(String field);

    /** Adds the mean of a numeric field, named {@code "avg(field)"}. */
    Grouping average(String field);

    /**
     * Keeps the groups that match a condition on group fields and aggregate names, such as
     * {@code and(gt("count", 2), ge("sum(total)", new BigDecimal("100")))}. The groups are filtered after they are
     * read: only groups, never records, cross the wire, and the result is the same on every backend.
     */
    Grouping having(Predicate condition);

    /** Runs the grouped query: one statement. */
    List<GroupRow> rows();

    /** {@link #sum(String)} of a typed numeric field. */
    default Grouping sum(NumericField<?, ?, ?> field) {
        return sum(field.name());
    }

    /** {@link #min(String)} of a typed field. */
    default Grouping min(ComparableField<?, ?> field) {
        return min(field.name());
    }

    /** {@link #max(String)} of a typed field. */
    default Grouping max(ComparableField<?, ?> field) {
        return max(field.name());
    }

    /** {@link #average(String)} of a typed numeric field. */
    default Grouping average(NumericField<?, ?, ?> field) {
        return average(field.name());
    }
}
