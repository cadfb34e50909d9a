package org.ar4j.core.internal.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.ar4j.ActiveRecord;
import org.ar4j.LoadMode;
import org.ar4j.NonUniqueResultException;
import org.ar4j.QueryException;
import org.ar4j.RecordNotFoundException;
import org.ar4j.core.internal.load.EagerNode;
import org.ar4j.core.internal.load.Loader;
import org.ar4j.core.internal.meta.Conditions;
import org.ar4j.core.internal.meta.ModelInfo;
import org.ar4j.core.internal.session.Rows;
import org.ar4j.core.internal.session.Session;
import org.ar4j.query.Grouping;
import org.ar4j.query.Order;
import org.ar4j.query.Page;
import org.ar4j.query.Predicate;
import org.ar4j.query.Query;
import org.ar4j.relation.Relation;
import org.ar4j.spi.Aggregate;
import org.ar4j.spi.Capability;
import org.ar4j.spi.RowCursor;
import org.ar4j.spi.Select;

/** The one {@link Query} implementation: immutable; predicates are resolved as they are added. */
public final class QueryImpl<T> implements Query<T> {
    final Session db;
    final Loader loader;
    final ModelInfo model;
    final List<Predicate> where;
    /** A condition computed each time the query runs (a HasManyThrough's target ids), or null. */
    private final Supplier<Predicate> atRun;
    final List<Order> order;
    final Integer limit;
    final Long offset;
    final Map<String, EagerNode> eager;
    final LoadMode mode;
    /** Per-owner aggregates to attach to the loaded records (withCount, withSum...). */
    private final List<OwnerAggregate> perOwner;

    /** A query over all records of a model in a database. */
    public QueryImpl(Session db, Loader loader, ModelInfo model) {
        this(db, loader, model, List.of(), null, List.of(), null, null, Map.of(), null, List.of());
    }

    private QueryImpl(Session db, Loader loader, ModelInfo model, List<Predicate> where, Supplier<Predicate> atRun,
                      List<Order> order, Integer limit, Long offset, Map<String, EagerNode> eager, LoadMode mode,
                      List<OwnerAggregate> perOwner) {
        this.db = db;
        this.loader = loader;
        this.model = model;
        this.where = where;
        this.atRun = atRun;
        this.order = order;
        this.limit = limit;
        this.offset = offset;
        this.eager = eager;
        this.mode = mode;
        this.perOwner = perOwner;
    }

    private QueryImpl<T> copy(List<Predicate> w, List<Order> o, Integer l, Long off, Map<String, EagerNode> e,
                              LoadMode m) {
        return new QueryImpl<>(db, loader, model, w, atRun, o, l, off, e, m, perOwner);
    }

    /**
     * Adds a resolved condition computed each time the query runs, not when it is built: building a query
     * never touches the database.
     */
    public QueryImpl<T> whereAtRun(Supplier<Predicate> condition) {
        Supplier<Predicate> before = atRun;
        Supplier<Predicate> combined = before == null ? condition : () -> Conditions.and(before.get(), condition.get());
        return new QueryImpl<>(db, loader, model, where, combined, order, limit, offset, eager, mode, perOwner);
    }

    /** The query's whole condition, run-time parts computed now. */
    Predicate condition() {
        return atRun == null ? Conditions.and(where) : Conditions.and(Conditions.and(where), atRun.get());
    }

    /** A new query over another model of the same database. */
    QueryImpl<?> over(ModelInfo other) {
        return new QueryImpl<>(db, loader, other);
    }

    /** The model queried. */
    public ModelInfo model() {
        return model;
    }

    /** Adds an already resolved (column-level) predicate. */
    public QueryImpl<T> whereResolved(Predicate resolved) {
        List<Predicate> w;
        if (where.isEmpty()) {
            w = List.of(resolved);
        } else {
            List<Predicate> more = new ArrayList<>(where);
            more.add(resolved);
            w = List.copyOf(more);
        }
        return copy(w, order, limit, offset, eager, mode);
    }

    /** Adds resolved orders and a limit (a relation's declared order and per-owner limit). */
    public QueryImpl<T> orderedAndLimited(List<Order> resolvedOrder, Integer newLimit) {
        List<Order> o = new ArrayList<>(order);
        o.addAll(resolvedOrder);
        return copy(where, List.copyOf(o), newLimit != null ? newLimit : limit, offset, eager, mode);
    }

    @Override
    public Query<T> where(Predicate predicate) {
        given(predicate, "where(...) got a null predicate; use Where.isNull(\"field\") to match nulls");
        if (Conditions.containsRaw(predicate)) {
            db.backend().require(Capability.RAW_SQL, "raw SQL conditions (whereRaw)");
        }
        return whereResolved(Conditions.resolve(model, predicate));
    }

    @Override
    public Query<T> whereId(Object id) {
        return whereResolved(ById.condition(model, id));
    }

    @Override
    public Query<T> whereRaw(String sql, Object... parameters) {
        given(sql, "whereRaw(...) got null SQL");
        return where(RawSql.predicate(model.name(), sql, parameters));
    }

    @Override
    public Query<T> fromPrimary() {
        Session p = db.primary();
        return p == db ? this : new QueryImpl<>(p, new Loader(p), model, where, atRun, order, limit, offset, eager, mode,
                perOwner);
    }

    /** Refuses a null argument with a {@link QueryException} naming the model. */
    private void given(Object argument, String message) {
        if (argument == null) {
            throw new QueryException(model.name() + " query: " + message);
        }
    }

    @Override
    public Query<T> orderBy(String... fields) {
        given(fields, "orderBy(...) got a null array of field names");
        List<Order> o = new ArrayList<>(order);
        for (String f : fields) {
            o.add(Order.asc(model.field(f).column()));
        }
        return copy(where, List.copyOf(o), limit, offset, eager, mode);
    }

    @Override
    public Query<T> orderBy(Order... orders) {
        given(orders, "orderBy(...) got a null array of orders");
        for (Order each : orders) {
            given(each, "orderBy(...) got a null order; use Order.asc(\"field\") or Order.desc(\"field\")");
        }
        List<Order> o = new ArrayList<>(order);
        o.addAll(Conditions.resolveOrders(model, List.of(orders)));
        return copy(where, List.copyOf(o), limit, offset, eager, mode);
    }

    @Override
    public Query<T> limit(int n) {
        if (n < 0) {
            throw new QueryException("limit must not be negative, got " + n);
        }
        return copy(where, order, n, offset, eager, mode);
    }

    @Override
    public Query<T> offset(long n) {
        if (n < 0) {
            throw new QueryException("offset must not be negative, got " + n);
        }
        return copy(where, order, limit, n, eager, mode);
    }

    @Override
    public Query<T> with(String... paths) {
        given(paths, "with(...) got a null array of relation paths");
        Map<String, EagerNode> tree = eager;
        for (String p : paths) {
            tree = EagerPaths.add(this, tree, p, null);
        }
        return copy(where, order, limit, offset, tree, mode);
    }

    @Override
    public Query<T> with(Relation<?, ?> first, Relation<?, ?>... then) {
        given(then, "with(relation, ...) got a null array of relations");
        return copy(where, order, limit, offset, EagerPaths.add(this, eager, EagerPaths.pathOf(model, first, then), null),
                mode);
    }

    @Override
    public Query<T> with(String path, UnaryOperator<Query<?>> scope) {
        given(scope, "with(\"" + path + "\", scope) got a null scope; use with(\"" + path + "\") for no condition");
        return copy(where, order, limit, offset, EagerPaths.add(this, eager, path, scope), mode);
    }

    @Override
    public Query<T> withCount(String relation) {
        return withAggregate(relation, "COUNT", null, null);
    }

    @Override
    public Query<T> withCount(String relation, Predicate condition) {
        given(condition, "withCount(\"" + relation + "\", condition) got a null condition");
        return withAggregate(relation, "COUNT", null, condition);
    }

    @Override
    public Query<T> withSum(String relation, String field) {
        return withAggregate(relation, "SUM", field, null);
    }

    @Override
    public Query<T> withMin(String relation, String field) {
        return withAggregate(relation, "MIN", field, null);
    }

    @Override
    public Query<T> withMax(String relation, String field) {
        return withAggregate(relation, "MAX", field, null);
    }

    @Override
    public Query<T> withAvg(String relation, String field) {
        return withAggregate(relation, "AVG", field, null);
    }

    private Query<T> withAggregate(String relation, String kind, String field, Predicate condition) {
        given(relation, "with" + kind.charAt(0) + kind.substring(1).toLowerCase(java.util.Locale.ROOT)
                + "(...) got a null relation name; name a relation of " + model.name());
        List<OwnerAggregate> more = new ArrayList<>(perOwner);
        more.add(OwnerAggregate.of(model, relation, kind, field, condition));
        return new QueryImpl<>(db, loader, model, where, atRun, order, limit, offset, eager, mode, List.copyOf(more));
    }

    @Override
    public Query<T> loadMode(LoadMode m) {
        given(m, "loadMode(...) got null; pass LoadMode.PEERS, ONE or STRICT");
        return copy(where, order, limit, offset, eager, m);
    }

    Select select(List<String> columns) {
        return new Select(model.tableSpec(), columns, condition(), order, limit, offset, null);
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<T> all() {
        List<ActiveRecord<?>> records = Rows.fetch(db, model, select(model.columns()), mode);
        if (!eager.isEmpty() && !records.isEmpty()) {
            loader.eager(records, eager, mode);
        }
        if (!perOwner.isEmpty() && !records.isEmpty()) {
            OwnerAggregates.attach(db, records, perOwner);
        }
        return (List<T>) records;
    }

    @Override
    public Optional<T> first() {
        if (limit != null && limit == 0) {
            return Optional.empty();
        }
        // Equality on the id matches one row at most: no LIMIT to send.
        boolean byId = offset == null && ById.matchesAtMostOne(model, where);
        List<T> one = (byId && limit == null ? this : (QueryImpl<T>) limit(1)).all();
        return one.isEmpty() ? Optional.empty() : Optional.of(one.get(0));
    }

    @Override
    public T one() {
        int l = limit == null ? 2 : Math.min(limit, 2);
        List<T> found = ((QueryImpl<T>) limit(l)).all();
        if (found.isEmpty()) {
            throw new RecordNotFoundException("Expected exactly one " + model.name() + ", found none");
        }
        if (found.size() > 1) {
            throw new NonUniqueResultException("Expected exactly one " + model.name()
                    + ", found more than one; add conditions or use first()");
        }
        return found.get(0);
    }

    @Override
    public long count() {
        return db.backend().count(select(List.of(model.id().column())));
    }

    @Override
    public boolean exists() {
        if (limit != null && limit == 0) {
            return false;
        }
        Select s = new Select(model.tableSpec(), List.of(model.id().column()), condition(), List.of(), 1,
                offset, null);
        try (RowCursor c = db.backend().find(s)) {
            return c.next();
        }
    }

    @Override
    public <V> List<V> pluck(String field, Class<V> type) {
        return QueryValues.pluck(this, field, type);
    }

    @Override
    public <V> List<V> pluckDistinct(String field, Class<V> type) {
        return QueryValues.distinct(this, field, type);
    }

    @Override
    public <V> V sum(String field, Class<V> type) {
        return QueryValues.sum(this, field, type);
    }

    @Override
    public <V> Optional<V> min(String field, Class<V> type) {
        return QueryValues.extreme(this, Aggregate.Function.MIN, field, type);
    }

    @Override
    public <V> Optional<V> max(String field, Class<V> type) {
        return QueryValues.extreme(this, Aggregate.Function.MAX, field, type);
    }

    @Override
    public OptionalDouble average(String field) {
        return QueryValues.average(this, field);
    }

    @Override
    public Grouping groupBy(String... fields) {
        return GroupingImpl.of(this, fields);
    }

    @Override
    public Stream<T> stream() {
        return QueryStreams.stream(this);
    }

    @Override
    public long updateAll(Map<String, ?> values) {
        return QueryWrites.updateAll(this, values);
    }

    @Override
    public long deleteAll() {
        return QueryWrites.deleteAll(this);
    }

    @Override
    public Query<T> after(T record) {
        return QueryPages.after(this, record);
    }

    @Override
    public Page<T> page(int size) {
        return QueryPages.page(this, size);
    }

    @Override
    public Page<T> page(int number, int size, boolean withTotal) {
        return QueryPages.page(this, number, size, withTotal);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Class<T> modelType() {
        return (Class<T>) model.type();
    }

    @Override
    public String toString() {
        return "Query<" + model.name() + ">[where=" + where + ", order=" + order + ", limit=" + limit + ", offset="
                + offset + ", with=" + eager.keySet() + "]";
    }
}
