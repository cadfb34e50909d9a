package org.ar4j.core.internal.session;

import org.ar4j.spi.Filter;
import org.ar4j.spi.Backend;
import org.ar4j.spi.Read;
import org.ar4j.spi.Write;
import org.ar4j.Capability;

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

    @Override
    public <R> R read(Read<R> read) {
        return delegate.read(read.mapWhere(this::flat));
    }

    @Override
    public <R> R write(Write<R> write) {
        return delegate.write(write.mapWhere(this::flat));
    }
}
