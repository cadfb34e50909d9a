package org.ar4j.core.internal.load;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.ar4j.ActiveRecord;
import org.ar4j.LazyLoadViolation;
import org.ar4j.LoadMode;
import org.ar4j.core.internal.meta.RelationInfo;
import org.ar4j.relation.Relation.Kind;
import org.ar4j.core.internal.session.DefaultRelationCache;
import org.ar4j.core.internal.session.Origin;
import org.ar4j.core.internal.session.RecordState;
import org.ar4j.core.internal.session.Records;
import org.ar4j.core.internal.session.Session;
import org.ar4j.cache.RelationCache;

/**
 * Relation loading for one database, written once for every backend. Lazy, peer and eager loading all
 * end in {@link #load}: a {@link LoadPlan} (built once per eager tree, kept per relation for lazy loads) run for a
 * batch of owners by the loader of the relation's kind, one batched query per relation level (two for
 * HasManyThrough); values, inverse links and cache entries set by one {@link Linker}; peers set here.
 */
public final class Loader {
    private final Session session;
    /** The unscoped plan of each relation loaded lazily through this loader. */
    private final Map<RelationInfo, LoadPlan> lazyPlans = new ConcurrentHashMap<>();

    /** The loader of a database. */
    public Loader(Session session) {
        this.session = session;
    }

    /** A relation's value on one owner: from the cache, else loaded (with its peers under {@link LoadMode#PEERS}). */
    public Object lazy(RelationInfo rel, ActiveRecord<?> owner) {
        boolean caching = rel.spec().loading().cache().enabled();
        RelationCache cache = session.cacheFor(rel);
        boolean tenants = rel.owner().tenant() != null || rel.target() != null && rel.target().tenant() != null;
        if (tenants) {
            session.tenancy().requireOwn(rel.owner(), owner, "reading " + rel.qualifiedName());
        }
        if (caching) {
            Object v = DefaultRelationCache.lookup(cache, owner, rel.cacheKey());
            if (v != DefaultRelationCache.ABSENT && (!tenants || session.tenancy().allCurrent(rel.target(), v))) {
                return v;   // a cached value of another tenant's records is loaded again, under the current tenant
            }
        }
        if (rel.spec().loading().loader() == null && rel.ownerKeys().incomplete(rel.ownerKeys().stored(owner))) {
            Object none = rel.isCollection() ? List.of() : null;
            if (caching) {
                cache.put(owner, rel.cacheKey(), none);
            }
            return none;
        }
        RecordState st = Records.state(owner);
        LoadMode mode = st.loadMode() != null ? st.loadMode() : session.loadMode();
        if (mode == LoadMode.STRICT) {
            throw new LazyLoadViolation("Lazy load of " + rel.qualifiedName() + " in STRICT mode. Eager-load it with "
                    + rel.owner().name() + " query .with(\"" + rel.name() + "\"), or use LoadMode.PEERS or ONE for this query");
        }
        List<? extends ActiveRecord<?>> peers = st.peers();
        List<ActiveRecord<?>> owners;
        if (caching && mode == LoadMode.PEERS && peers != null) {
            owners = new ArrayList<>(peers.size());
            owners.add(owner);
            long max = rel.spec().loading().cache().maximumSize();
            long room = max > 0 ? max : Long.MAX_VALUE;
            for (ActiveRecord<?> peer : peers) {
                if (owners.size() >= room) {
                    break;
                }
                if (peer != owner && rel.owner().type().isInstance(peer)   // a subclass's relation: its peers of that class
                        && DefaultRelationCache.lookup(cache, peer, rel.cacheKey()) == DefaultRelationCache.ABSENT) {
                    owners.add(peer);
                }
            }
        } else {
            owners = List.of(owner);
        }
        LoadPlan plan = lazyPlans.get(rel);
        if (plan == null) {
            plan = lazyPlans.computeIfAbsent(rel, r -> LoadPlan.of(session, r, null, List.of()));
        }
        return load(LoadBatch.of(session, plan, owners, mode), caching);
    }

    /** Loads a tree of relations for records one query returned: one batched load per node of its plan. */
    public void eager(List<? extends ActiveRecord<?>> owners, Map<String, EagerNode> tree, LoadMode mode) {
        run(owners, LoadPlan.of(session, tree), mode);
    }

    private void run(List<? extends ActiveRecord<?>> owners, List<LoadPlan> plans, LoadMode mode) {
        for (LoadPlan plan : plans) {
            List<ActiveRecord<?>> children = new ArrayList<>();
            List<? extends ActiveRecord<?>> toLoad = plan.scope() == null ? withoutValue(owners, plan, children) : owners;
            if (!toLoad.isEmpty()) {
                LoadBatch batch = LoadBatch.of(session, plan, toLoad, mode);
                load(batch, true);
                if (children.isEmpty()) {
                    children = batch.kept();
                } else {
                    children.addAll(batch.kept());
                }
            }
            if (!plan.then().isEmpty() && !children.isEmpty()) {
                if (plan.relation().kind() == Kind.MORPH_TO) {
                    runByType(children, plan.then(), mode);
                } else {
                    run(children, plan.then(), mode);
                }
            }
        }
    }

    /** Runs each nested plan of a MorphTo for the loaded records of its relation's model. */
    private void runByType(List<ActiveRecord<?>> records, List<LoadPlan> plans, LoadMode mode) {
        for (LoadPlan plan : plans) {
            Class<?> type = plan.relation().owner().type();
            List<ActiveRecord<?>> ofType = new ArrayList<>();
            for (ActiveRecord<?> r : records) {
                if (r.getClass() == type) {
                    ofType.add(r);
                }
            }
            if (!ofType.isEmpty()) {
                run(ofType, List.of(plan), mode);
            }
        }
    }

    /**
     * The owners without a cached value of the plan's relation. Values already known (set through inverseOf by the
     * level above, as in with("children.parent")) are kept, instances and all, their records added to {@code known}.
     */
    private List<? extends ActiveRecord<?>> withoutValue(List<? extends ActiveRecord<?>> owners, LoadPlan plan,
                                                         List<ActiveRecord<?>> known) {
        RelationCache cache = session.cacheFor(plan.relation());
        List<ActiveRecord<?>> missing = null; // built once a value is found: usually none is
        List<Object> values = null;
        for (int i = 0; i < owners.size(); i++) {
            ActiveRecord<?> o = owners.get(i);
            Object v = DefaultRelationCache.lookup(cache, o, plan.relation().cacheKey());
            if (v != DefaultRelationCache.ABSENT) {
                if (values == null) {
                    values = new ArrayList<>();
                    missing = new ArrayList<>(owners.subList(0, i));
                }
                values.add(v);
            } else if (missing != null) {
                missing.add(o);
            }
        }
        if (values == null) {
            return owners;
        }
        known.addAll(distinct(values));
        return missing;
    }

    /**
     * Loads a batch and returns the first owner's value; when {@code store}, each owner's value is cached. The
     * distinct records loaded are the batch's {@link LoadBatch#kept()}, peers of each other, linked to their owner
     * through the relation's inverse.
     */
    Object load(LoadBatch batch, boolean store) {
        Linker linker = new Linker(session, batch.plan(), batch.owners(), store);
        batch.plan().kind().load(batch, linker, batch.kept());
        if (batch.plan().custom()) {
            Origin.join(batch.kept(), batch.mode()); // records from user code: not read through the batch's origin
        }
        return linker.first();
    }

    private static List<ActiveRecord<?>> distinct(List<Object> values) {
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
}
