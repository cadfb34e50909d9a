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
import org.ar4j.QueryException;
import org.ar4j.core.internal.load.EagerNode;
import org.ar4j.core.internal.load.Loader;
import org.ar4j.core.internal.meta.Conditions;
import org.ar4j.core.internal.meta.ModelInfo;
import org.ar4j.core.internal.meta.RelatedOrders;
import org.ar4j.core.internal.meta.SoftDeleteField;
import org.ar4j.core.internal.session.Session;
import org.ar4j.query.Grouping;
import org.ar4j.query.Projection;
import org.ar4j.query.Selectable;
import org.ar4j.query.Order;
import org.ar4j.query.Page;
import org.ar4j.query.Predicate;
import org.ar4j.spi.Filter;
import org.ar4j.query.DefaultScope;
import org.ar4j.query.Query;
import org.ar4j.query.RelationPath;
import org.ar4j.spi.Aggregate;
import org.ar4j.spi.Locking;
import org.ar4j.Capability;

/** The one {@link Query} implementation: a builder over an immutable {@link QuerySpec}; predicates are resolved as added. */
public final class QueryImpl<T> extends QueryAggregates<T> {
    final Session db;
    private final Loader loader;
    final QuerySpec spec;

    /** A query over all records of a model in a database. */
    public QueryImpl(Session db, Loader loader, ModelInfo model) {
        this(db, loader, QuerySpec.of(model));
    }

    private QueryImpl(Session db, Loader loader, QuerySpec spec) {
        this.db = db;
        this.loader = loader;
        this.spec = spec;
    }

    private <U> QueryImpl<U> next(QuerySpec next) {
        return new QueryImpl<>(db, loader, next);
    }

    /**
     * Adds a resolved condition computed each time the query runs, not when it is built: building a query
     * never touches the database.
     */
    public QueryImpl<T> whereAtRun(Supplier<Filter> condition) {
        return next(spec.withAtRun(condition));
    }

    /** A new query over another model of the same database. */
    QueryImpl<?> over(ModelInfo other) {
        return new QueryImpl<>(db, loader, other);
    }

    @Override
    public ModelInfo model() {
        return spec.model();
    }

    /** Adds an already resolved (column-level) predicate. */
    public QueryImpl<T> whereResolved(Filter resolved) {
        return next(spec.withWhere(resolved));
    }

    /** Adds resolved orders and a limit (a relation's declared order and per-owner limit). */
    public QueryImpl<T> orderedAndLimited(List<Order> resolvedOrder, Integer newLimit) {
        QuerySpec ordered = spec.withOrder(resolvedOrder);
        return next(newLimit == null ? ordered : ordered.withLimit(newLimit));
    }

    @Override
    public Query<T> where(Predicate predicate) {
        given(predicate, "where(...) got a null predicate; use Where.isNull(\"field\") to match nulls");
        RawSql.check("whereRaw on " + spec.model().name(), db.backend(), predicate);
        return whereResolved(Conditions.resolve(spec.model(), predicate));
    }

    @Override
    public Query<T> whereId(Object id) {
        return whereResolved(ById.condition(spec.model(), id));
    }

    @Override
    public Query<T> whereRaw(String sql, Object... parameters) {
        given(sql, "whereRaw(...) got null SQL");
        return where(new Predicate.Raw(sql, RawSql.given(parameters)));
    }

    @Override
    public Query<T> fromPrimary() {
        Session p = db.primary();
        return p == db ? this : new QueryImpl<>(p, new Loader(p), spec);
    }

    /** Refuses a null argument with a {@link QueryException} naming the model. */
    private void given(Object argument, String message) {
        if (argument == null) {
            throw new QueryException(spec.model().name() + " query: " + message);
        }
    }

    @Override
    public Query<T> orderBy(String... fields) {
        given(fields, "orderBy(...) got a null array of field names");
        List<Order> o = new ArrayList<>();
        for (String f : fields) {
            o.add(Order.asc(spec.model().field(f).column()));
        }
        return next(spec.withOrder(o));
    }

    @Override
    public Query<T> orderBy(Order... orders) {
        given(orders, "orderBy(...) got a null array of orders");
        for (Order each : orders) {
            given(each, "orderBy(...) got a null order; use Order.asc(\"field\") or Order.desc(\"field\")");
        }
        List<Order> resolved = Conditions.resolveOrders(spec.model(), List.of(orders));
        if (RelatedOrders.any(resolved)) {
            db.backend().require(Capability.JOINS, "orderBy on a field of a BelongsTo target");
        }
        return next(spec.withOrder(resolved));
    }

    @Override
    public Query<T> limit(int n) {
        return next(spec.withLimit(QuerySpec.notNegative("limit", n).intValue()));
    }

    @Override
    public Query<T> offset(long n) {
        return next(spec.withOffset(QuerySpec.notNegative("offset", n)));
    }

    @Override
    public Query<T> with(String... paths) {
        given(paths, "with(...) got a null array of relation paths");
        Map<String, EagerNode> tree = spec.eager();
        for (String p : paths) {
            tree = EagerPaths.add(this, tree, p, null);
        }
        return next(spec.withEager(tree));
    }

    @Override
    public Query<T> with(RelationPath<?> first, RelationPath<?>... then) {
        given(then, "with(relation, ...) got a null array of relations");
        return next(spec.withEager(EagerPaths.add(this, spec.eager(), EagerPaths.pathOf(spec.model(), first, then), null)));
    }

    @Override
    public Query<T> with(String path, UnaryOperator<Query<?>> scope) {
        given(scope, "with(\"" + path + "\", scope) got a null scope; use with(\"" + path + "\") for no condition");
        return next(spec.withEager(EagerPaths.add(this, spec.eager(), path, scope)));
    }

    @Override
    @SuppressWarnings("unchecked")
    public <R extends ActiveRecord<R>> Query<T> with(RelationPath<R> relation, UnaryOperator<Query<R>> scope) {
        given(scope, "with(" + relation + ", scope) got a null scope; use with(relation) for no condition");
        return with(EagerPaths.pathOf(spec.model(), relation, new RelationPath<?>[0]), q -> scope.apply((Query<R>) q));
    }

    @Override
    Query<T> withAggregate(OwnerAggregate aggregate) {
        return next(spec.withAggregate(aggregate));
    }

    @Override
    public Query<T> forUpdate() {
        return next(spec.locked(db.backend(), false));
    }

    @Override
    public Query<T> forShare() {
        return next(spec.locked(db.backend(), true));
    }

    @Override
    public Query<T> skipLocked() {
        return next(spec.waiting(db.backend(), Locking.Wait.SKIP_LOCKED, "skipLocked() (skipLockedWherePossible()"
                + " reads the rows locked instead where the backend cannot skip them, as a job queue on every backend wants)"));
    }

    @Override
    public Query<T> skipLockedWherePossible() {
        return db.backend().supports(Capability.SKIP_LOCKED) ? skipLocked()
                : next(spec.withWait(Locking.Wait.WAIT, "skipLockedWherePossible()"));
    }

    @Override
    public Query<T> noWait() {
        return next(spec.waiting(db.backend(), Locking.Wait.NO_WAIT, "noWait()"));
    }

    @Override
    public Projection select(Selectable<?>... fields) {
        given(fields, "select(...) got a null array of fields");
        return new ProjectionImpl(db, spec, java.util.Arrays.asList(fields));
    }

    @Override
    public <S extends T> Query<S> ofType(Class<S> subclass) {
        return next(spec.ofType(db.models(), subclass));
    }

    @Override
    public Query<T> loadMode(LoadMode m) {
        given(m, "loadMode(...) got null; pass LoadMode.PEERS, ONE or STRICT");
        return next(spec.withMode(m));
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<T> all() {
        return (List<T>) new Reads(db, loader).all(spec);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<T> first() {
        return (Optional<T>) new Reads(db, loader).first(spec);
    }

    @Override
    @SuppressWarnings("unchecked")
    public T one() {
        return (T) new Reads(db, loader).one(spec);
    }

    @Override
    public long count() {
        return new Reads(db, loader).count(spec.unlocked("count()"));
    }

    @Override
    public boolean exists() {
        return new Reads(db, loader).exists(spec.unlocked("exists()"));
    }

    private QueryValues values() {
        return new QueryValues(db, spec);
    }

    private QueryValues values(String aggregate) {
        return new QueryValues(db, spec.unlocked(aggregate + "(...)"));
    }

    @Override
    public <V> List<V> pluck(String field, Class<V> type) {
        return values().pluck(field, type);
    }

    @Override
    public <V> List<V> pluckDistinct(String field, Class<V> type) {
        return values("pluckDistinct").distinct(field, type);
    }

    @Override
    public <V> V sum(String field, Class<V> type) {
        return values("sum").sum(field, type);
    }

    @Override
    public <V> Optional<V> min(String field, Class<V> type) {
        return values("min").extreme(Aggregate.Function.MIN, field, type);
    }

    @Override
    public <V> Optional<V> max(String field, Class<V> type) {
        return values("max").extreme(Aggregate.Function.MAX, field, type);
    }

    @Override
    public OptionalDouble average(String field) {
        return values("average").average(field);
    }

    @Override
    public Grouping groupBy(String... fields) {
        return GroupingImpl.of(db, spec.unlocked("groupBy(...)"), fields);
    }

    @Override
    public Stream<T> stream() {
        return QueryStreams.stream(db, spec);
    }

    @Override
    public long updateAll(Map<String, ?> values) {
        return new QueryWrites(db, spec.unlocked("updateAll(...)")).updateAll(values);
    }

    @Override
    public long deleteAll() {
        return new QueryWrites(db, spec.unlocked("deleteAll()")).deleteAll(false);
    }

    @Override
    public long forceDeleteAll() {
        return new QueryWrites(db, spec.unlocked("forceDeleteAll()")).deleteAll(true);
    }

    @Override
    public QueryImpl<T> unscoped() {
        return next(spec.without(spec.model().scopes().filters()));
    }

    @Override
    public Query<T> unscoped(DefaultScope<? super T> scope) {
        given(scope, "unscoped(scope) got a null scope; pass one of the model's DefaultScope constants");
        return next(spec.without(List.of(spec.model().scopes().filterOf(spec.model(), scope))));
    }

    @Override
    public Query<T> withDeleted() {
        return next(spec.without(List.of(SoftDeleteField.require(spec.model(), "withDeleted()").lives())));
    }

    @Override
    public Query<T> onlyDeleted() {
        SoftDeleteField mark = SoftDeleteField.require(spec.model(), "onlyDeleted()");
        return next(spec.without(List.of(mark.lives())).withWhere(mark.deleted()));
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
        return (Class<T>) spec.model().type();
    }

    @Override
    public String toString() {
        return spec.toString();
    }
}
