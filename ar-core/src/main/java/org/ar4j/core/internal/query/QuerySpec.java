package org.ar4j.core.internal.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.ar4j.LoadMode;
import org.ar4j.QueryException;
import org.ar4j.core.internal.load.EagerNode;
import org.ar4j.core.internal.meta.Conditions;
import org.ar4j.core.internal.meta.ModelInfo;
import org.ar4j.core.internal.meta.ModelSet;
import org.ar4j.core.internal.meta.RelatedOrders;
import org.ar4j.query.Order;
import org.ar4j.spi.Filter;
import org.ar4j.spi.Locking;
import org.ar4j.spi.Select;

/**
 * What a query asks for, as an immutable value: the model, resolved (column-level) conditions, order, limit,
 * offset, the eager-loading tree, the load mode and per-owner aggregates. {@link QueryImpl} is a builder over
 * it; the executors ({@link Reads}, {@link QueryValues}, {@link QueryWrites}, {@link QueryStreams},
 * {@link GroupingImpl}) take it and a session.
 *
 * @param model the model queried
 * @param where resolved conditions, all of which must hold
 * @param atRun a condition computed each time the query runs (a HasManyThrough's target ids), or null
 * @param order resolved orders
 * @param page the limit and offset
 * @param loads what is loaded with the records
 * @param locking row locks the read takes (forUpdate/forShare), or null
 */
public record QuerySpec(ModelInfo model, List<Filter> where, Supplier<Filter> atRun, List<Order> order, Page page,
                        Loads loads, Locking locking) {

    /**
     * Which rows of the ordered result.
     *
     * @param limit the limit, or null
     * @param offset the offset, or null
     */
    record Page(Integer limit, Long offset) {
        static final Page ALL = new Page(null, null);
    }

    /**
     * What is loaded with the records.
     *
     * @param eager the eager-loading tree by relation name
     * @param mode the load mode, or null for the database's
     * @param perOwner per-owner aggregates to attach to the loaded records (withCount, withSum...)
     */
    record Loads(Map<String, EagerNode> eager, LoadMode mode, List<OwnerAggregate> perOwner) {
        static final Loads NONE = new Loads(Map.of(), null, List.of());
    }

    /** The limit, or null. */
    Integer limit() {
        return page.limit();
    }

    /** The offset, or null. */
    Long offset() {
        return page.offset();
    }

    /** The eager-loading tree by relation name. */
    Map<String, EagerNode> eager() {
        return loads.eager();
    }

    /** The load mode, or null for the database's. */
    LoadMode mode() {
        return loads.mode();
    }

    /** Per-owner aggregates to attach to the loaded records. */
    List<OwnerAggregate> perOwner() {
        return loads.perOwner();
    }

    /** All records of a model (of its class and subclasses, in a single-table hierarchy). */
    static QuerySpec of(ModelInfo model) {
        Filter own = model.ownCondition();
        List<Filter> scopes = model.scopes().filters();
        List<Filter> where = own == null ? scopes : scopes.isEmpty() ? List.of(own) : concat(List.of(own), scopes);
        return new QuerySpec(model, where, null, List.of(), Page.ALL, Loads.NONE, null);
    }

    /** The same query over a subclass of the model in its single-table hierarchy: its condition added. */
    QuerySpec ofType(ModelSet models, Class<?> subclass) {
        if (model.hierarchy() == null) {
            throw new QueryException("ofType(...) on a " + model.name() + " query: " + model.name() + " has no"
                    + " subclasses in its table; declare @Inheritance on the root model");
        }
        ModelInfo sub = model.hierarchy().memberOf(subclass, model);
        sub = models.use(sub.type());
        Filter own = sub.ownCondition();
        return new QuerySpec(sub, own == null ? where : appended(where, own), atRun, order, page, loads, locking);
    }

    /** The same query without the given filters (compared by identity: the model's default scopes). */
    QuerySpec without(List<Filter> removed) {
        List<Filter> kept = new ArrayList<>(where.size());
        for (Filter f : where) {
            if (removed.stream().noneMatch(r -> r == f)) {
                kept.add(f);
            }
        }
        return new QuerySpec(model, List.copyOf(kept), atRun, order, page, loads, locking);
    }

    QuerySpec withWhere(Filter resolved) {
        return new QuerySpec(model, appended(where, resolved), atRun, order, page, loads, locking);
    }

    QuerySpec withAtRun(Supplier<Filter> condition) {
        Supplier<Filter> before = atRun;
        Supplier<Filter> combined = before == null ? condition : () -> Conditions.and(before.get(), condition.get());
        return new QuerySpec(model, where, combined, order, page, loads, locking);
    }

    QuerySpec withOrder(List<Order> more) {
        List<Order> o = new ArrayList<>(order);
        o.addAll(more);
        return new QuerySpec(model, where, atRun, List.copyOf(o), page, loads, locking);
    }

    QuerySpec withLimit(Integer newLimit) {
        return new QuerySpec(model, where, atRun, order, new Page(newLimit, page.offset()), loads, locking);
    }

    QuerySpec withOffset(Long newOffset) {
        return new QuerySpec(model, where, atRun, order, new Page(page.limit(), newOffset), loads, locking);
    }

    QuerySpec withEager(Map<String, EagerNode> tree) {
        return new QuerySpec(model, where, atRun, order, page, new Loads(tree, loads.mode(), loads.perOwner()), locking);
    }

    QuerySpec withMode(LoadMode newMode) {
        return new QuerySpec(model, where, atRun, order, page, new Loads(loads.eager(), newMode, loads.perOwner()), locking);
    }

    QuerySpec withAggregate(OwnerAggregate aggregate) {
        return new QuerySpec(model, where, atRun, order, page,
                new Loads(loads.eager(), loads.mode(), appended(loads.perOwner(), aggregate)), locking);
    }

    QuerySpec withLocking(Locking newLocking) {
        return new QuerySpec(model, where, atRun, order, page, loads, newLocking);
    }

    /** This spec as a locking read, on a backend that has them. */
    QuerySpec locked(org.ar4j.spi.Backend backend, boolean shared) {
        backend.require(org.ar4j.Capability.LOCKING_READS, "locking reads (" + (shared ? "forShare" : "forUpdate") + ")");
        return withLocking(new Locking(shared, Locking.Wait.WAIT));
    }

    /** This locking read not waiting for locked rows (skip them, or fail at once), on a backend that can. */
    QuerySpec waiting(org.ar4j.spi.Backend backend, Locking.Wait wait, String method) {
        QuerySpec waiting = withWait(wait, method);
        backend.require(org.ar4j.Capability.SKIP_LOCKED, method);
        return waiting;
    }

    /** The same locks with another wait; refused when the query takes no locks. */
    QuerySpec withWait(Locking.Wait wait, String method) {
        if (locking == null) {
            throw new QueryException(model.name() + " query: " + method + " applies to a locking read;"
                    + " call forUpdate() or forShare() before it");
        }
        return withLocking(new Locking(locking.shared(), wait));
    }

    /** A limit or offset given by the application, refused when negative. */
    static Long notNegative(String what, long n) {
        if (n < 0) {
            throw new QueryException(what + " must not be negative, got " + n);
        }
        return n;
    }

    /** Refuses a locking query for an operation that returns no rows to lock (count, aggregates, bulk writes). */
    QuerySpec unlocked(String operation) {
        if (locking != null) {
            throw new QueryException(operation + " on a " + model.name() + " query with forUpdate()/forShare(): a locking"
                    + " read locks the rows it returns, so call it on all(), first(), one(), stream() or select(...);"
                    + " drop forUpdate()/forShare() for " + operation);
        }
        return this;
    }

    /** The query's whole condition, run-time parts computed now. */
    Filter condition() {
        return atRun == null ? Conditions.and(where) : Conditions.and(Conditions.and(where), atRun.get());
    }

    /** The backend read of {@code columns} under this query's condition, order, limit and offset. */
    Select select(List<String> columns) {
        Select.Window window = page.equals(Page.ALL) ? Select.Window.ALL : new Select.Window(limit(), offset(), null);
        Select s = new Select(model.storedTable(), columns, condition(), order, window, locking, List.of());
        return RelatedOrders.any(order) ? RelatedOrders.joined(model, s) : s;
    }

    /** Whether a limit of 0 makes the query empty without reading. */
    boolean empty() {
        return limit() != null && limit() == 0;
    }

    private static <E> List<E> concat(List<E> list, List<E> more) {
        List<E> all = new ArrayList<>(list);
        all.addAll(more);
        return List.copyOf(all);
    }

    private static <E> List<E> appended(List<E> list, E element) {
        if (list.isEmpty()) {
            return List.of(element);
        }
        List<E> more = new ArrayList<>(list);
        more.add(element);
        return List.copyOf(more);
    }

    @Override
    public String toString() {
        return "Query<" + model.name() + ">[where=" + where + ", order=" + order + ", limit=" + limit() + ", offset="
                + offset() + ", with=" + eager().keySet() + "]";
    }
}
