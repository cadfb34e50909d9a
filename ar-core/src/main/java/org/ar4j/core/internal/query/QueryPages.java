package org.ar4j.core.internal.query;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import org.ar4j.ActiveRecord;
import org.ar4j.QueryException;
import org.ar4j.core.internal.meta.FieldInfo;
import org.ar4j.core.internal.meta.RelatedOrders;
import org.ar4j.query.Order;
import org.ar4j.query.Page;
import org.ar4j.query.Predicate;
import org.ar4j.spi.Filter;
import org.ar4j.query.Query;

/**
 * Keyset and offset pages. The keyset condition for "after r" under the order (c1, ..., cn, id) is the
 * disjunction over i of (c1 = r.c1 and ... and c(i-1) = r.c(i-1) and ci after r.ci), where "after" keeps
 * ar4j's portable null placement: ascending, nulls come first, so after a null every non-null follows and
 * after a value only greater values do; descending, nulls come last, so after a value come smaller values and
 * nulls, and after a null nothing more of that column.
 */
final class QueryPages {
    private QueryPages() {
    }

    /** The order completed with the key's columns (the id, or each part of a composite key) as the tie-breakers. */
    static List<Order> completeOrder(QueryImpl<?> q) {
        List<Order> order = new ArrayList<>(q.spec.order());
        for (String id : q.model().requireKey("A keyset page, ordered to the id,").columns()) {
            if (order.stream().noneMatch(o -> o.field().equals(id))) {
                order.add(Order.asc(id));
            }
        }
        return order;
    }

    static <T> Query<T> after(QueryImpl<T> q, T record) {
        if (RelatedOrders.any(q.spec.order())) {
            throw new QueryException("A keyset page of " + q.model().name() + " orders by its own fields only; for an"
                    + " order on a related record's field, use page(number, size, withTotal)");
        }
        if (record == null) {
            throw new QueryException("after(null) on " + q.model().name() + ": pass the last record of the previous page");
        }
        if (!q.model().type().isInstance(record) || ((ActiveRecord<?>) record).isNewRecord()) {
            throw new QueryException("after(...) on " + q.model().name() + " needs a saved " + q.model().name()
                    + " (the last record of the previous page)");
        }
        List<Order> order = completeOrder(q);
        List<Filter> any = new ArrayList<>();
        List<Filter> equalSoFar = new ArrayList<>();
        for (Order o : order) {
            FieldInfo f = q.model().findField(o.field());
            Object v = f.storedValue(record);
            Filter later = later(o, v);
            if (later != null) {
                List<Filter> parts = new ArrayList<>(equalSoFar);
                parts.add(later);
                any.add(parts.size() == 1 ? parts.get(0) : new Filter.And(parts));
            }
            equalSoFar.add(v == null ? new Filter.IsNull(o.field(), false)
                    : new Filter.Compare(o.field(), Predicate.Operator.EQ, v));
        }
        Filter seek = any.isEmpty() ? new Filter.In(order.get(0).field(), List.of(), false)
                : any.size() == 1 ? any.get(0) : new Filter.Or(any);
        return q.whereResolved(seek).orderedAndLimited(order.subList(q.spec.order().size(), order.size()), null);
    }

    /** The records that come after the value {@code v} of one order term, or null when none can. */
    private static Filter later(Order o, Object v) {
        if (o.ascending()) {
            return v == null ? new Filter.IsNull(o.field(), true) : new Filter.Compare(o.field(), Predicate.Operator.GT, v);
        }
        return v == null ? null : new Filter.Or(List.of(new Filter.Compare(o.field(), Predicate.Operator.LT, v),
                new Filter.IsNull(o.field(), false)));
    }

    static <T> Page<T> page(QueryImpl<T> q, int size) {
        positive(q, size);
        return of(window(q, size).all(), size, OptionalLong.empty());
    }

    static <T> Page<T> page(QueryImpl<T> q, int number, int size, boolean withTotal) {
        positive(q, size);
        if (number < 1) {
            throw new QueryException("page(" + number + ", ...) on " + q.model().name() + ": pages are numbered from 1");
        }
        Query<T> rows = window(q, size).offset((long) (number - 1) * size);
        if (!withTotal) {
            return of(rows.all(), size, OptionalLong.empty());
        }
        // the rows and the total: reads together (Backend.readTogether), as the rows' eager loads are
        return q.db.backend().readTogether(() -> of(rows.all(), size, OptionalLong.of(q.count())));
    }

    /** The query in its complete order, limited to one row more than a page (which tells whether more follow). */
    private static <T> QueryImpl<T> window(QueryImpl<T> q, int size) {
        List<Order> order = completeOrder(q);
        return q.orderedAndLimited(order.subList(q.spec.order().size(), order.size()), size + 1);
    }

    /** A page of up to {@code size} of the rows read, saying whether the extra row was there. */
    private static <T> Page<T> of(List<T> rows, int size, OptionalLong total) {
        return new Page<>(rows.subList(0, Math.min(size, rows.size())), rows.size() > size, total);
    }

    private static void positive(QueryImpl<?> q, int size) {
        if (size < 1 || size == Integer.MAX_VALUE) {
            throw new QueryException("A page of " + q.model().name() + " needs a size from 1 to " + (Integer.MAX_VALUE - 1)
                    + ", got " + size + "; to read every row use all() or stream()");
        }
        if (q.spec.limit() != null || q.spec.offset() != null) {
            throw new QueryException("page(...) on " + q.model().name() + " sets the limit and offset itself; remove"
                    + " limit(...) and offset(...) from the query");
        }
    }
}
