package org.ar4j.spi;

import java.util.List;

import org.ar4j.query.Order;

/**
 * A grouped read: one row per distinct combination of the {@code groupBy} columns (a single row when there
 * are none), holding those columns' values then the aggregates', in that order. Rows come in the order
 * given, which may name only group columns.
 *
 * @param table      the table
 * @param where      the condition on the rows aggregated, or null
 * @param groupBy    the group columns (may be empty)
 * @param aggregates the aggregates (may be empty: then the rows are the distinct group values)
 * @param orderBy    the order of the groups, on group columns only
 */
public record AggregateSelect(TableSpec table, Filter where, List<String> groupBy, List<Aggregate> aggregates,
                              List<Order> orderBy) {
    /** Copies the lists. */
    public AggregateSelect {
        groupBy = List.copyOf(groupBy);
        aggregates = List.copyOf(aggregates);
        orderBy = List.copyOf(orderBy);
    }

    /** This select with another condition. */
    public AggregateSelect withWhere(Filter value) {
        return new AggregateSelect(table, value, groupBy, aggregates, orderBy);
    }
}
