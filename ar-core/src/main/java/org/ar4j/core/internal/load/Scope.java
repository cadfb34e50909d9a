package org.ar4j.core.internal.load;

import java.util.List;

import org.ar4j.query.Order;
import org.ar4j.spi.Filter;

/**
 * The conditions an eager-loading path adds to its relation ({@code with("posts", q -> q.where(...))}),
 * resolved to columns.
 *
 * @param where the condition, or null
 * @param order the order, before the relation's own
 * @param limit a per-owner limit replacing the relation's, or null
 */
public record Scope(Filter where, List<Order> order, Integer limit) {
    /** Copies the order. */
    public Scope {
        order = List.copyOf(order);
    }
}
