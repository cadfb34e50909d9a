package org.ar4j.core.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ar4j.ActiveRecord;
import org.ar4j.Ar4jException;
import org.ar4j.LazyLoadViolation;
import org.ar4j.LoadMode;
import org.ar4j.core.internal.meta.FieldInfo;
import org.ar4j.core.internal.meta.ModelInfo;
import org.ar4j.core.internal.meta.RelationInfo;
import org.ar4j.core.internal.meta.Values;
import org.ar4j.query.Order;
import org.ar4j.query.Predicate;
import org.ar4j.relation.Relation.Kind;
import org.ar4j.relation.RelationCache;
import org.ar4j.relation.RelationLoader;
import org.ar4j.spi.Capability;
import org.ar4j.spi.PartitionLimit;
import org.ar4j.spi.RowCursor;
import org.ar4j.spi.Select;

/**
 * Relation loading, written once for every backend. Lazy, peer and eager loading all end in
 * {@link #load}: one batched query per relation level (two for HasManyThrough), keys chunked to
 * the backend's bind-parameter limit.
 */
final class Loading {
    private Loading() {
    }

    // ---- lazy ---------------------------------------------------------------------------

    static Object lazy(DatabaseImpl db, RelationInfo rel, ActiveRecord<?> owner) {
        boolean caching = rel.spec().cache().enabled();
        RelationCache cache = db.cacheFor(rel);
        if (caching) {
            RelationCache.Entry e = cache.get(owner, rel.cacheKey());
            if (e != null) {
                return e.value();
            }
        }
        if (rel.spec().loader() == null && rel.ownerKey().read(owner) == null) {
            Object none = empty(rel);
            if (caching) {
                cache.put(owner, rel.cacheKey(), none);
            }
            return none;
        }
        RecordState st = Records.state(owner);
        LoadMode mode = st.loadMode != null ? st.loadMode : db.loadMode();
        if (mode == LoadMode.STRICT) {
            throw new LazyLoadViolation("Lazy load of " + rel.qualifiedName() + " in STRICT mode. Eager-load it with "
                    + rel.owner().name() + " query .with(\"" + rel.name() + "\"), or use LoadMode.PEERS or ONE for this query");
        }
        List<ActiveRecord<?>> owners = new ArrayList<>();
        owners.add(owner);
        if (caching && mode == LoadMode.PEERS && st.peers != null) {
            long room = rel.spec().cache().maximumSize() > 0 ? rel.spec().cache().maximumSize() : Long.MAX_VALUE;
            for (ActiveRecord<?> peer : st.peers.members) {
                if (owners.size() >= room) {
                    break;
                }
                if (peer != owner && cache.get(peer, rel.cacheKey()) == null) {
                    owners.add(peer);
                }
            }
        }
        Object[] values = load(db, rel, owners, null, mode, caching, new ArrayList<>());
        return values[0];
    }

    private static Object empty(RelationInfo rel) {
        return rel.isCollection() ? List.of() : null;
    }

    // ---- eager --------------------------------------------------------------------------

    static void eager(DatabaseImpl db, List<? extends ActiveRecord<?>> owners, Map<String, EagerNode> tree, LoadMode mode) {
        for (EagerNode node : tree.values()) {
            List<ActiveRecord<?>> children = new ArrayList<>();
            List<? extends ActiveRecord<?>> toLoad = owners;
            if (node.scope == null) {
                // Values already known (set through inverseOf by the level above, as in with("children.parent"))
                // are kept, instances and all: only the owners without one are loaded.
                RelationCache cache = db.cacheFor(node.relation);
                List<ActiveRecord<?>> missing = new ArrayList<>();
                List<Object> known = new ArrayList<>();
                for (ActiveRecord<?> o : owners) {
                    RelationCache.Entry e = cache.get(o, node.relation.cacheKey());
                    if (e == null) {
                        missing.add(o);
                    } else {
                        known.add(e.value());
                    }
                }
                if (!known.isEmpty()) {
                    toLoad = missing;
                    children.addAll(flatten(known.toArray()));
                }
            }
            if (!toLoad.isEmpty()) {
                load(db, node.relation, toLoad, node.scope, mode, true, children);
            }
            if (!node.children.isEmpty() && !children.isEmpty()) {
                eager(db, children, node.children, mode);
            }
        }
    }

    private static List<ActiveRecord<?>> flatten(Object[] values) {
        Set<ActiveRecord<?>> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<ActiveRecord<?>> out = new ArrayList<>();
        for (Object v : values) {
            if (v instanceof List<?> l) {
                for (Object o : l) {
                    if (seen.add((ActiveRecord<?>) o)) {
                        out.add((ActiveRecord<?>) o);
                    }
                }
            } else if (v != null && seen.add((ActiveRecord<?>) v)) {
                out.add((ActiveRecord<?>) v);
            }
        }
        return out;
    }

    // ---- the one batched load -----------------------------------------------------------

    /**
     * Loads a relation for many owners; returns one value per owner and, when {@code store},
     * caches each. The distinct loaded records are added to {@code children}.
     */
    @SuppressWarnings("unchecked")
    static Object[] load(DatabaseImpl db, RelationInfo rel, List<? extends ActiveRecord<?>> owners, QueryImpl<?> scope,
                         LoadMode mode, boolean store, List<ActiveRecord<?>> children) {
        Object[] values;
        RelationLoader<Object> custom = (RelationLoader<Object>) rel.spec().loader();
        if (custom != null) {
            values = custom(rel, custom, owners);
            children.addAll(flatten(values));
        } else {
            values = switch (rel.kind()) {
                case BELONGS_TO -> belongsTo(db, rel, owners, scope, mode, children);
                case HAS_ONE, HAS_MANY -> hasMany(db, rel, owners, scope, mode, children);
                case HAS_MANY_THROUGH -> through(db, rel, owners, scope, mode, children);
            };
        }
        if (children.size() > 1) {
            PeerGroup group = new PeerGroup(children);
            for (ActiveRecord<?> c : children) {
                RecordState cs = Records.state(c);
                cs.peers = group;
                if (cs.loadMode == null) {
                    cs.loadMode = mode;
                }
            }
        }
        linkInverse(db, rel, owners, values);
        if (store) {
            RelationCache cache = db.cacheFor(rel);
            for (int i = 0; i < values.length; i++) {
                cache.put(owners.get(i), rel.cacheKey(), values[i]);
            }
        }
        return values;
    }

    private static Object[] custom(RelationInfo rel, RelationLoader<Object> loader, List<? extends ActiveRecord<?>> owners) {
        List<Object> got = loader.load(Collections.unmodifiableList(owners));
        if (got == null || got.size() != owners.size()) {
            throw new Ar4jException("The loader of " + rel.qualifiedName() + " returned "
                    + (got == null ? "null" : got.size() + " values") + " for " + owners.size()
                    + " owners; it must return exactly one value per owner, in order");
        }
        Object[] values = new Object[owners.size()];
        for (int i = 0; i < values.length; i++) {
            Object v = got.get(i);
            if (rel.isCollection()) {
                if (v != null && !(v instanceof List<?>)) {
                    throw new Ar4jException("The loader of " + rel.qualifiedName() + " returned a "
                            + v.getClass().getSimpleName() + "; a collection relation needs a List per owner");
                }
                v = v == null ? List.of() : Collections.unmodifiableList(new ArrayList<>((List<?>) v));
            } else if (v != null && !rel.target().type().isInstance(v)) {
                throw new Ar4jException("The loader of " + rel.qualifiedName() + " returned a "
                        + v.getClass().getSimpleName() + "; expected a " + rel.target().name() + " or null");
            }
            values[i] = v;
        }
        return values;
    }

    private static Predicate extraWhere(RelationInfo rel, QueryImpl<?> scope) {
        List<Predicate> parts = new ArrayList<>();
        if (rel.spec().where() != null) {
            parts.add(Predicates.resolve(rel.target(), rel.spec().where()));
        }
        if (scope != null) {
            parts.addAll(scope.where);
        }
        return Predicates.and(parts);
    }

    private static List<Order> order(RelationInfo rel, QueryImpl<?> scope) {
        List<Order> order = new ArrayList<>();
        if (scope != null) {
            order.addAll(scope.order);
        }
        order.addAll(Predicates.resolveOrders(rel.target(), rel.spec().orderBy()));
        String id = rel.target().id().column();
        if (order.stream().noneMatch(o -> o.field().equals(id))) {
            order.add(Order.asc(id)); // a deterministic order on every backend
        }
        return order;
    }

    private static Integer perOwnerLimit(RelationInfo rel, QueryImpl<?> scope) {
        if (scope != null && scope.limit != null) {
            return scope.limit;
        }
        return rel.spec().limit();
    }

    /** Distinct non-null keys (canonical, converted to {@code keyField}'s type), in first-seen order. */
    private static List<Object> keys(List<? extends ActiveRecord<?>> owners, FieldInfo ownerSide, FieldInfo keyField) {
        Map<Object, Object> distinct = new LinkedHashMap<>();
        for (ActiveRecord<?> o : owners) {
            Object k = ownerSide.read(o);
            if (k != null) {
                distinct.putIfAbsent(Values.key(k), RelationOps.coerceKey(keyField, k));
            }
        }
        return new ArrayList<>(distinct.values());
    }

    /** Reads records whose {@code keyField} is in {@code keys}, chunked to the backend's limit. */
    static List<ActiveRecord<?>> fetchByKeys(DatabaseImpl db, ModelInfo model, FieldInfo keyField, List<Object> keys,
                                             Predicate extra, List<Order> order, PartitionLimit partition, LoadMode mode) {
        List<ActiveRecord<?>> out = new ArrayList<>();
        if (keys.isEmpty()) {
            return out;
        }
        int other = Predicates.parameterCount(extra) + (partition != null ? 1 : 0);
        int max = db.backend().maxKeysPerQuery(other);
        if (max < 1) {
            throw new Ar4jException("The " + db.backendName() + " backend cannot bind any key next to " + other
                    + " other parameters");
        }
        for (int from = 0; from < keys.size(); from += max) {
            List<Object> chunk = keys.subList(from, Math.min(keys.size(), from + max));
            Predicate in = new Predicate.In(keyField.column(), chunk, false);
            Predicate where = extra == null ? in : new Predicate.And(List.of(in, extra));
            Select s = new Select(model.tableSpec(), model.columns(), where, order, null, null, partition);
            out.addAll(db.fetch(model, s, mode));
        }
        return out;
    }

    private static Object[] belongsTo(DatabaseImpl db, RelationInfo rel, List<? extends ActiveRecord<?>> owners,
                                      QueryImpl<?> scope, LoadMode mode, List<ActiveRecord<?>> children) {
        List<Object> keys = keys(owners, rel.ownerKey(), rel.targetKey());
        List<ActiveRecord<?>> found = fetchByKeys(db, rel.target(), rel.targetKey(), keys, extraWhere(rel, scope),
                List.of(), null, mode);
        children.addAll(found); // distinct: keys were deduplicated
        Map<Object, ActiveRecord<?>> byKey = new HashMap<>();
        for (ActiveRecord<?> t : found) {
            byKey.putIfAbsent(Values.key(rel.targetKey().read(t)), t);
        }
        Object[] values = new Object[owners.size()];
        for (int i = 0; i < values.length; i++) {
            Object k = rel.ownerKey().read(owners.get(i));
            values[i] = k == null ? null : byKey.get(Values.key(k));
        }
        return values;
    }

    private static Object[] hasMany(DatabaseImpl db, RelationInfo rel, List<? extends ActiveRecord<?>> owners,
                                    QueryImpl<?> scope, LoadMode mode, List<ActiveRecord<?>> out) {
        FieldInfo fk = rel.targetKey();
        List<Object> keys = keys(owners, rel.ownerKey(), fk);
        Predicate extra = extraWhere(rel, scope);
        List<Order> order = order(rel, scope);
        boolean one = rel.kind() == Kind.HAS_ONE;
        Integer limit = one ? Integer.valueOf(1) : perOwnerLimit(rel, scope);
        List<ActiveRecord<?>> children;
        if (limit == null || keys.isEmpty()) {
            children = fetchByKeys(db, rel.target(), fk, keys, extra, order, null, mode);
        } else if (keys.size() == 1) {
            Predicate in = new Predicate.Compare(fk.column(), Predicate.Operator.EQ, keys.get(0));
            Predicate where = extra == null ? in : new Predicate.And(List.of(in, extra));
            children = db.fetch(rel.target(), new Select(rel.target().tableSpec(), rel.target().columns(), where, order,
                    limit, null, null), mode);
        } else if (db.backend().supports(Capability.WINDOW_FUNCTIONS)) {
            children = fetchByKeys(db, rel.target(), fk, keys, extra, order, new PartitionLimit(fk.column(), limit), mode);
        } else if (one) {
            children = fetchByKeys(db, rel.target(), fk, keys, extra, order, null, mode);
        } else {
            // Without window functions an exact per-owner limit needs one query per owner.
            children = new ArrayList<>();
            for (Object k : keys) {
                Predicate in = new Predicate.Compare(fk.column(), Predicate.Operator.EQ, k);
                Predicate where = extra == null ? in : new Predicate.And(List.of(in, extra));
                children.addAll(db.fetch(rel.target(), new Select(rel.target().tableSpec(), rel.target().columns(),
                        where, order, limit, null, null), mode));
            }
        }
        Map<Object, List<ActiveRecord<?>>> byKey = new HashMap<>();
        for (ActiveRecord<?> c : children) {
            byKey.computeIfAbsent(Values.key(fk.read(c)), x -> new ArrayList<>()).add(c);
        }
        if (one) {
            for (List<ActiveRecord<?>> l : byKey.values()) {
                out.add(l.get(0));
            }
        } else {
            out.addAll(children); // each child has one key, hence one owner: already distinct
        }
        Object[] values = new Object[owners.size()];
        for (int i = 0; i < values.length; i++) {
            Object k = rel.ownerKey().read(owners.get(i));
            List<ActiveRecord<?>> mine = k == null ? null : byKey.get(Values.key(k));
            if (one) {
                values[i] = mine == null || mine.isEmpty() ? null : mine.get(0);
            } else {
                values[i] = mine == null ? List.of() : Collections.unmodifiableList(mine);
            }
        }
        return values;
    }

    private static Object[] through(DatabaseImpl db, RelationInfo rel, List<? extends ActiveRecord<?>> owners,
                                    QueryImpl<?> scope, LoadMode mode, List<ActiveRecord<?>> out) {
        List<Object> ownerKeys = keys(owners, rel.ownerKey(), rel.joinOwnerKey());
        Object[] values = new Object[owners.size()];
        if (ownerKeys.isEmpty()) {
            java.util.Arrays.fill(values, List.of());
            return values;
        }
        // 1. join rows: (owner key, target key) pairs
        Map<Object, Set<Object>> targetsByOwner = new HashMap<>();
        Map<Object, Object> targetKeys = new LinkedHashMap<>();
        int max = db.backend().maxKeysPerQuery(0);
        for (int from = 0; from < ownerKeys.size(); from += max) {
            List<Object> chunk = ownerKeys.subList(from, Math.min(ownerKeys.size(), from + max));
            Select s = new Select(rel.join().tableSpec(), List.of(rel.joinOwnerKey().column(), rel.joinTargetKey().column()),
                    new Predicate.In(rel.joinOwnerKey().column(), chunk, false), List.of(), null, null, null);
            try (RowCursor c = db.backend().find(s)) {
                while (c.next()) {
                    Object o = c.get(0);
                    Object t = c.get(1);
                    if (o != null && t != null) {
                        targetsByOwner.computeIfAbsent(Values.key(o), x -> new LinkedHashSet<>()).add(Values.key(t));
                        targetKeys.putIfAbsent(Values.key(t), RelationOps.coerceKey(rel.targetKey(), t));
                    }
                }
            }
        }
        // 2. the targets, in the relation's order
        List<ActiveRecord<?>> targets = fetchByKeys(db, rel.target(), rel.targetKey(), new ArrayList<>(targetKeys.values()),
                extraWhere(rel, scope), order(rel, scope), null, mode);
        if (perOwnerLimit(rel, scope) == null) {
            out.addAll(targets);
        }
        Integer limit = perOwnerLimit(rel, scope);
        for (int i = 0; i < values.length; i++) {
            Object k = rel.ownerKey().read(owners.get(i));
            Set<Object> mine = k == null ? null : targetsByOwner.get(Values.key(k));
            if (mine == null) {
                values[i] = List.of();
                continue;
            }
            List<ActiveRecord<?>> list = new ArrayList<>();
            for (ActiveRecord<?> t : targets) {
                if (mine.contains(Values.key(rel.targetKey().read(t)))) {
                    list.add(t);
                    if (limit != null && list.size() == limit) {
                        break;
                    }
                }
            }
            values[i] = Collections.unmodifiableList(list);
        }
        if (perOwnerLimit(rel, scope) != null) {
            out.addAll(flatten(values)); // only the targets some owner kept
        }
        return values;
    }

    /** Children loaded through HasMany/HasOne see their owner as the same instance; so does a HasOne's BelongsTo side. */
    private static void linkInverse(DatabaseImpl db, RelationInfo rel, List<? extends ActiveRecord<?>> owners, Object[] values) {
        RelationInfo inv = rel.inverse();
        if (inv == null || !inv.spec().cache().enabled()) {
            return;
        }
        RelationCache cache = db.cacheFor(inv);
        if (rel.kind() == Kind.HAS_MANY || rel.kind() == Kind.HAS_ONE) {
            for (int i = 0; i < values.length; i++) {
                ActiveRecord<?> owner = owners.get(i);
                if (values[i] instanceof List<?> l) {
                    for (Object c : l) {
                        cache.put((ActiveRecord<?>) c, inv.cacheKey(), owner);
                    }
                } else if (values[i] != null) {
                    cache.put((ActiveRecord<?>) values[i], inv.cacheKey(), owner);
                }
            }
        } else if (rel.kind() == Kind.BELONGS_TO && inv.kind() == Kind.HAS_ONE) {
            for (int i = 0; i < values.length; i++) {
                if (values[i] != null) {
                    cache.put((ActiveRecord<?>) values[i], inv.cacheKey(), owners.get(i));
                }
            }
        }
    }
}
