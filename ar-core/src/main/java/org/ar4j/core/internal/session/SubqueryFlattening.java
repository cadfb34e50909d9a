package org.ar4j.core.internal.session;

import org.ar4j.spi.Filter;
import org.ar4j.spi.AggregateSelect;
import org.ar4j.spi.Backend;
import org.ar4j.Capability;
import org.ar4j.spi.DeleteRows;
import org.ar4j.spi.RowCursor;
import org.ar4j.spi.Select;
import org.ar4j.spi.UpdateRows;

/**
 * The one query rewriter between core and a backend without {@link Capability#SUBQUERIES}: the conditions of
 * reads, counts, aggregates, updates and deletes get their subqueries replaced by key lists
 * ({@link Subqueries}), read through the guarded backend below it, then go down unchanged otherwise.
 */
public final class SubqueryFlattening extends ForwardingBackend {

    private SubqueryFlattening(Backend guarded) {
        super(guarded);
    }

    /** The guarded backend as core uses it: itself where the backend runs subqueries, else behind this rewriter. */
    public static Backend over(GuardedBackend guarded) {
        return guarded.supports(Capability.SUBQUERIES) ? guarded : new SubqueryFlattening(guarded);
    }

    private Filter flat(Filter p) {
        return p == null ? null : Subqueries.materialize(delegate, p);
    }

    private Select flat(Select s) {
        Filter w = flat(s.where());
        return w == s.where() ? s : s.withWhere(w);
    }

    @Override
    public RowCursor find(Select select) {
        return delegate.find(flat(select));
    }

    @Override
    public RowCursor stream(Select select) {
        return delegate.stream(flat(select));
    }

    @Override
    public long count(Select select) {
        return delegate.count(flat(select));
    }

    @Override
    public RowCursor aggregate(AggregateSelect s) {
        Filter w = flat(s.where());
        return delegate.aggregate(w == s.where() ? s
                : new AggregateSelect(s.table(), w, s.groupBy(), s.aggregates(), s.orderBy()));
    }

    @Override
    public long update(UpdateRows u) {
        return delegate.update(new UpdateRows(u.table(), u.values(), flat(u.where()), u.increments()));
    }

    @Override
    public long delete(DeleteRows d) {
        return delegate.delete(new DeleteRows(d.table(), flat(d.where())));
    }
}
