package org.ar4j.core.internal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.ar4j.ActiveRecord;
import org.ar4j.LoadMode;
import org.ar4j.NonUniqueResultException;
import org.ar4j.QueryException;
import org.ar4j.RecordNotFoundException;
import org.ar4j.core.internal.meta.FieldInfo;
import org.ar4j.core.internal.meta.ModelInfo;
import org.ar4j.core.internal.meta.RelationInfo;
import org.ar4j.core.internal.meta.Values;
import org.ar4j.query.Order;
import org.ar4j.query.Predicate;
import org.ar4j.query.Query;
import org.ar4j.spi.Capability;
import org.ar4j.spi.DeleteRows;
import org.ar4j.spi.PartitionLimit;
import org.ar4j.spi.RowCursor;
import org.ar4j.spi.Select;
import org.ar4j.spi.UpdateRows;

/** The one {@link Query} implementation: immutable; predicates are resolved as they are added. */
final class QueryImpl<T> implements Query<T> {
    final DatabaseImpl db;
    final ModelInfo model;
    final List<Predicate> where;
    final List<Order> order;
    final Integer limit;
    final Long offset;
    final Map<String, EagerNode> eager;
    final LoadMode mode;

    QueryImpl(DatabaseImpl db, ModelInfo model) {
        this(db, model, List.of(), List.of(), null, null, Map.of(), null);
    }

    private QueryImpl(DatabaseImpl db, ModelInfo model, List<Predicate> where, List<Order> order, Integer limit,
                      Long offset, Map<String, EagerNode> eager, LoadMode mode) {
        this.db = db;
        this.model = model;
        this.where = where;
        this.order = order;
        this.limit = limit;
        this.offset = offset;
        this.eager = eager;
        this.mode = mode;
    }

    private QueryImpl<T> with(List<Predicate> w, List<Order> o, Integer l, Long off, Map<String, EagerNode> e, LoadMode m) {
        return new QueryImpl<>(db, model, w, o, l, off, e, m);
    }

    /** Adds an already resolved (column-level) predicate. */
    QueryImpl<T> whereResolved(Predicate resolved) {
        List<Predicate> w = new ArrayList<>(where);
        w.add(resolved);
        return with(List.copyOf(w), order, limit, offset, eager, mode);
    }

    @Override
    public Query<T> where(Predicate predicate) {
        given(predicate, "where(...) got a null predicate; use Where.isNull(\"field\") to match nulls");
        if (containsRaw(predicate)) {
            db.backend().require(Capability.RAW_SQL, "raw SQL conditions (whereRaw)");
        }
        return whereResolved(Predicates.resolve(model, predicate));
    }

    private static boolean containsRaw(Predicate p) {
        if (p instanceof Predicate.Raw) {
            return true;
        }
        if (p instanceof Predicate.And a) {
            return a.parts().stream().anyMatch(QueryImpl::containsRaw);
        }
        if (p instanceof Predicate.Or o) {
            return o.parts().stream().anyMatch(QueryImpl::containsRaw);
        }
        return p instanceof Predicate.Not n && containsRaw(n.part());
    }

    @Override
    public Query<T> whereId(Object id) {
        FieldInfo f = model.id();
        if (id == null) {
            throw new QueryException("Looking up " + model.name() + " by a null id");
        }
        return whereResolved(new Predicate.Compare(f.column(), Predicate.Operator.EQ, Values.coerce(f, id)));
    }

    @Override
    public Query<T> whereRaw(String sql, Object... parameters) {
        given(sql, "whereRaw(...) got null SQL");
        List<Object> params = parameters == null ? java.util.Collections.singletonList(null) : java.util.Arrays.asList(parameters);
        int placeholders = RawSql.placeholders(sql);
        if (placeholders != params.size()) {
            throw new QueryException("whereRaw on " + model.name() + " has " + placeholders + " ? placeholder"
                    + (placeholders == 1 ? "" : "s") + " but " + params.size() + " parameter" + (params.size() == 1 ? "" : "s")
                    + ": pass exactly one value per ? (placeholders inside quotes and comments do not count)");
        }
        return where(new Predicate.Raw(sql, params));
    }

    /** Refuses a null argument with a {@link QueryException} naming the model. */
    private void given(Object argument, String message) {
        if (argument == null) {
            throw new QueryException(model.name() + " query: " + message);
        }
    }

    @Override
    public Query<T> orderBy(String... fields) {
        List<Order> o = new ArrayList<>(order);
        for (String f : fields) {
            o.add(Order.asc(model.field(f).column()));
        }
        return with(where, List.copyOf(o), limit, offset, eager, mode);
    }

    @Override
    public Query<T> orderBy(Order... orders) {
        List<Order> o = new ArrayList<>(order);
        o.addAll(Predicates.resolveOrders(model, List.of(orders)));
        return with(where, List.copyOf(o), limit, offset, eager, mode);
    }

    @Override
    public Query<T> limit(int n) {
        if (n < 0) {
            throw new QueryException("limit must not be negative, got " + n);
        }
        return with(where, order, n, offset, eager, mode);
    }

    @Override
    public Query<T> offset(long n) {
        if (n < 0) {
            throw new QueryException("offset must not be negative, got " + n);
        }
        return with(where, order, limit, n, eager, mode);
    }

    @Override
    public Query<T> with(String... paths) {
        given(paths, "with(...) got a null array of relation paths");
        Map<String, EagerNode> tree = EagerNode.copy(eager);
        for (String p : paths) {
            addPath(tree, p, null);
        }
        return with(where, order, limit, offset, tree, mode);
    }

    @Override
    public Query<T> with(String path, UnaryOperator<Query<?>> scope) {
        given(scope, "with(\"" + path + "\", scope) got a null scope; use with(\"" + path + "\") for no condition");
        Map<String, EagerNode> tree = EagerNode.copy(eager);
        addPath(tree, path, scope);
        return with(where, order, limit, offset, tree, mode);
    }

    private void addPath(Map<String, EagerNode> tree, String path, UnaryOperator<Query<?>> scope) {
        if (path == null || path.isBlank() || path.startsWith(".") || path.endsWith(".") || path.contains("..")) {
            throw new QueryException("Malformed relation path '" + path + "' on " + model.name()
                    + ": use relation names joined by dots, such as \"posts.comments\". Relations of " + model.name()
                    + ": " + String.join(", ", model.relations().keySet()));
        }
        String[] segs = path.split("\\.");
        ModelInfo current = model;
        Map<String, EagerNode> level = tree;
        for (int i = 0; i < segs.length; i++) {
            RelationInfo rel;
            try {
                rel = current.relation(segs[i].trim());
            } catch (QueryException e) {
                throw new QueryException("In eager-loading path '" + path + "': " + e.getMessage());
            }
            if (!rel.spec().cache().enabled()) {
                throw new QueryException("Relation " + rel.qualifiedName() + " has caching off, so with(\"" + path
                        + "\") could not keep what it loads; remove .cache(CacheConfig.off()) or load it lazily");
            }
            boolean last = i == segs.length - 1;
            EagerNode node = level.get(rel.name());
            QueryImpl<?> scoped = node == null ? null : node.scope;
            if (last && scope != null) {
                Query<?> q = scope.apply(new QueryImpl<>(db, rel.target()));
                if (!(q instanceof QueryImpl<?> qi) || qi.model != rel.target()) {
                    throw new QueryException("The condition for '" + path + "' must return the query it was given"
                            + " (a query over " + rel.target().name() + ")");
                }
                if (!qi.eager.isEmpty() || qi.offset != null) {
                    throw new QueryException("The condition for '" + path + "' may use where, orderBy and limit only;"
                            + " nest relations with a longer path instead");
                }
                scoped = qi;
            }
            EagerNode replaced = new EagerNode(rel, scoped, node == null ? new LinkedHashMap<>() : node.children);
            level.put(rel.name(), replaced);
            level = replaced.children;
            current = rel.target();
        }
    }

    @Override
    public Query<T> loadMode(LoadMode m) {
        given(m, "loadMode(...) got null; pass LoadMode.PEERS, ONE or STRICT");
        return with(where, order, limit, offset, eager, m);
    }

    Select select(List<String> columns) {
        return new Select(model.tableSpec(), columns, Predicates.and(where), order, limit, offset, null);
    }

    Select select(List<String> columns, PartitionLimit partition) {
        return new Select(model.tableSpec(), columns, Predicates.and(where), order, limit, offset, partition);
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<T> all() {
        List<ActiveRecord<?>> records = db.fetch(model, select(model.columns()), mode);
        if (!eager.isEmpty() && !records.isEmpty()) {
            Loading.eager(db, records, eager, mode);
        }
        return (List<T>) records;
    }

    @Override
    public Optional<T> first() {
        if (limit != null && limit == 0) {
            return Optional.empty();
        }
        List<T> one = ((QueryImpl<T>) limit(1)).all();
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
        Select s = new Select(model.tableSpec(), List.of(model.id().column()), Predicates.and(where), List.of(), 1,
                offset, null);
        try (RowCursor c = db.backend().find(s)) {
            return c.next();
        }
    }

    @Override
    public <V> List<V> pluck(String field, Class<V> type) {
        FieldInfo f = model.field(field);
        Class<?> boxed = f.javaType().isPrimitive() ? boxedOf(f.javaType()) : f.javaType();
        if (!type.isAssignableFrom(boxed)) {
            throw new QueryException("pluck(\"" + field + "\", " + type.getSimpleName() + ".class): "
                    + f.qualifiedName() + " is " + f.javaType().getSimpleName());
        }
        List<V> out = new ArrayList<>();
        ActiveRecord<?> scratch = (ActiveRecord<?>) model.newInstance();
        try (RowCursor c = db.backend().find(select(List.of(f.column())))) {
            while (c.next()) {
                Object v = c.get(0);
                if (v == null) {
                    out.add(null);
                } else {
                    f.write(scratch, v);
                    out.add(type.cast(f.get(scratch)));
                }
            }
        }
        return out;
    }

    private static Class<?> boxedOf(Class<?> p) {
        return p == int.class ? Integer.class : p == long.class ? Long.class : p == boolean.class ? Boolean.class
                : p == double.class ? Double.class : p;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Stream<T> stream() {
        if (!eager.isEmpty()) {
            throw new QueryException("Eager loading (with) is not available on stream(); use all(), or load"
                    + " relations per record");
        }
        RowCursor cursor = db.backend().stream(select(model.columns()));
        StreamGuard guard = new StreamGuard(cursor, model.name());
        Iterator<T> it = new Iterator<>() {
            Boolean ready;

            @Override
            public boolean hasNext() {
                if (ready == null) {
                    ready = cursor.next();
                    if (!ready) {
                        guard.close();
                    }
                }
                return ready;
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                ready = null;
                return (T) db.hydrate(model, cursor, mode == LoadMode.STRICT ? LoadMode.STRICT : LoadMode.ONE);
            }
        };
        Stream<T> stream = StreamSupport.stream(Spliterators.spliteratorUnknownSize(it,
                Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(guard::close);
        guard.watch(stream);
        return stream;
    }

    private void requireBulkShape(String op) {
        if (limit != null || offset != null || !order.isEmpty()) {
            throw new QueryException(op + " on " + model.name() + " takes conditions only, not orderBy, limit or offset;"
                    + " select the ids first if you need them");
        }
    }

    @Override
    public long updateAll(Map<String, ?> values) {
        requireBulkShape("updateAll");
        if (values.isEmpty()) {
            throw new QueryException("updateAll on " + model.name() + " needs at least one field to set");
        }
        Map<String, Object> cols = new LinkedHashMap<>();
        for (Map.Entry<String, ?> e : values.entrySet()) {
            FieldInfo f = model.field(e.getKey());
            if (f.isId()) {
                throw new QueryException("updateAll cannot change the id of " + model.name());
            }
            if (f.isVersion()) {
                throw new QueryException("updateAll cannot set " + f.qualifiedName() + ": it is the @Version of "
                        + model.name() + ", which updateAll increments on every row it changes; leave it out");
            }
            cols.put(f.column(), Values.coerce(f, e.getValue()));
        }
        FieldInfo version = model.version();
        return db.backend().update(new UpdateRows(model.tableSpec(), cols, Predicates.and(where),
                version == null ? List.of() : List.of(version.column())));
    }

    @Override
    public long deleteAll() {
        requireBulkShape("deleteAll");
        return db.backend().delete(new DeleteRows(model.tableSpec(), Predicates.and(where)));
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
