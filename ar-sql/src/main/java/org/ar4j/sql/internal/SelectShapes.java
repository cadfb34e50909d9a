package org.ar4j.sql.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.ar4j.query.Order;
import org.ar4j.query.Predicate;
import org.ar4j.spi.ColumnType;
import org.ar4j.spi.Filter;
import org.ar4j.spi.Locking;
import org.ar4j.spi.Select;
import org.ar4j.spi.TableSpec;

/**
 * The rendered texts of selects whose text does not depend on their values (no condition, or one comparison: find by
 * id, by a key, a page of a table), by table, then by shape. A table has few shapes, and their column lists and orders
 * come from model metadata, so they are compared by identity before equality: a hit allocates nothing and hashes no
 * column list. Bounded by {@link #MAX} shapes in all; past that, such selects are rendered each time.
 */
final class SelectShapes {
    /** A shape's text, the type its compared value binds as, and its columns' types (shared, never written). */
    record Rendered(String text, ColumnType keyType, ColumnType[] columnTypes) {
    }

    /**
     * What a select's text depends on besides its table; a limit and an offset only by being there ({@code paging}:
     * {@link #paging}).
     */
    private record Shape(List<String> columns, String field, Predicate.Operator op, List<Order> order, int paging,
                         Locking locking, Rendered rendered) {

        /** Whether {@code s}, compared on {@code field} by {@code op} (both null for no condition), has this shape. */
        boolean matches(Select s, String field, Predicate.Operator op, int paging) {
            return (columns == s.columns() || columns.equals(s.columns())) && Objects.equals(this.field, field)
                    && this.op == op && (order == s.orderBy() || order.equals(s.orderBy())) && this.paging == paging
                    && Objects.equals(locking, s.locking());
        }
    }

    private static final int MAX = 4096;
    private static final Shape[] NONE = {};

    /** Each table's shapes (equality of a table spec is identity), replaced whole when one is added. */
    private final Map<TableSpec, Shape[]> byTable = new ConcurrentHashMap<>();
    private final AtomicInteger size = new AtomicInteger();

    /** The rendered text of the select's shape ({@code c} its one comparison, or null), or null when not known yet. */
    Rendered get(Select s, Filter.Compare c) {
        String field = c == null ? null : c.column();
        Predicate.Operator op = c == null ? null : c.operator();
        int paging = paging(s);
        for (Shape shape : byTable.getOrDefault(s.table(), NONE)) {
            if (shape.matches(s, field, op, paging)) {
                return shape.rendered;
            }
        }
        return null;
    }

    /** Keeps the rendered text of the select's shape, unless {@link #MAX} shapes are kept already. */
    void put(Select s, Filter.Compare c, Rendered rendered) {
        if (size.get() >= MAX) {
            return;
        }
        Shape shape = new Shape(s.columns(), c == null ? null : c.column(), c == null ? null : c.operator(), s.orderBy(),
                paging(s), s.locking(), rendered);
        byTable.compute(s.table(), (t, shapes) -> {
            Shape[] known = shapes == null ? NONE : shapes;
            for (Shape k : known) {
                if (k.matches(s, shape.field(), shape.op(), shape.paging())) {
                    return known;  // another thread rendered it first
                }
            }
            size.incrementAndGet();
            Shape[] more = Arrays.copyOf(known, known.length + 1);
            more[known.length] = shape;
            return more;
        });
    }

    /** 1 for a limit, 2 for an offset, 3 for both: the text has a placeholder for each. */
    private static int paging(Select s) {
        return (s.limit() != null ? 1 : 0) | (s.offset() != null ? 2 : 0);
    }
}
