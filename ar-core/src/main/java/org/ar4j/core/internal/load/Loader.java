package org.ar4j.core.internal.load;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ar4j.ActiveRecord;
import org.ar4j.LazyLoadViolation;
import org.ar4j.LoadMode;
import org.ar4j.core.internal.meta.RelationInfo;
import org.ar4j.core.internal.session.Origin;
import org.ar4j.core.internal.session.RecordState;
import org.ar4j.core.internal.session.Records;
import org.ar4j.core.internal.session.Session;
import org.ar4j.relation.Relation.Kind;
import org.ar4j.relation.RelationCache;

/**
 * Relation loading for one database, written once for every backend. Lazy, peer and eager loading all
 * end in {@link #load}: a {@link LoadBatch} handed to the loader of the relation's kind, one batched
 * query per relation level (two for HasManyThrough), keys chunked to the backend's limit; then peers,
 * inverses and the cache are set here, in one place.
 */
public final class Loader {
    private static final KindLoader BELONGS_TO = new BelongsToLoader();
    private static final KindLoader HAS_MANY = new HasManyLoader();
    private static final KindLoader THROUGH = new ThroughLoader();
    private static final KindLoader CUSTOM = new CustomLoader();

    private final Session session;

    /** The loader of a database. */
    public Loader(Session session) {
        this.session = session;
    }

    /** A relation's value on one owner: from the cache, else loaded (with its peers under {@link LoadMode#PEERS}). */
    public Object lazy(RelationInfo rel, ActiveRecord<?> owner) {
        boolean caching = rel.spec().cache().enabled();
        RelationCache cache = session.cacheFor(rel);
        if (caching) {
            RelationCache.Entry e = cache.get(owner, rel.cacheKey());
            if (e != null) {
                return e.value();
            }
        }
        if (rel.spec().loader() == null && rel.ownerKey().storedValue(owner) == null) {
            Object none = rel.isCollection() ? List.of() : null;
            if (caching) {
                cache.put(owner, rel.cacheKey(), none);
            }
            return none;
        }
        Object[] st = Records.state(owner);
        LoadMode mode = RecordState.loadMode(st) != null ? RecordState.loadMode(st) : session.loadMode();
        if (mode == LoadMode.STRICT) {
            throw new LazyLoadViolation("Lazy load of " + rel.qualifiedName() + " in STRICT mode. Eager-load it with "
                    + rel.owner().name() + " query .with(\"" + rel.name() + "\"), or use LoadMode.PEERS or ONE for this query");
        }
        List<ActiveRecord<?>> owners = new ArrayList<>();
        owners.add(owner);
        List<? extends ActiveRecord<?>> peers = RecordState.peers(st);
        if (caching && mode == LoadMode.PEERS && peers != null) {
            long room = rel.spec().cache().maximumSize() > 0 ? rel.spec().cache().maximumSize() : Long.MAX_VALUE;
            for (ActiveRecord<?> peer : peers) {
                if (owners.size() >= room) {
                    break;
                }
                if (peer != owner && cache.get(peer, rel.cacheKey()) == null) {
                    owners.add(peer);
                }
            }
        }
        return load(new LoadBatch(session, rel, owners, null, mode), caching, new ArrayList<>())[0];
    }

    /** Loads a tree of relations for records one query returned: one batched load per node. */
    public void eager(List<? extends ActiveRecord<?>> owners, Map<String, EagerNode> tree, LoadMode mode) {
        for (EagerNode node : tree.values()) {
            List<ActiveRecord<?>> children = new ArrayList<>();
            List<? extends ActiveRecord<?>> toLoad = owners;
            if (node.scope() == null) {
                // Values already known (set through inverseOf by the level above, as in with("children.parent"))
                // are kept, instances and all: only the owners without one are loaded.
                RelationCache cache = session.cacheFor(node.relation());
                List<ActiveRecord<?>> missing = new ArrayList<>();
                List<Object> known = new ArrayList<>();
                for (ActiveRecord<?> o : owners) {
                    RelationCache.Entry e = cache.get(o, node.relation().cacheKey());
                    if (e == null) {
                        missing.add(o);
                    } else {
                        known.add(e.value());
                    }
                }
                if (!known.isEmpty()) {
                    toLoad = missing;
                    children.addAll(distinct(known));
                }
            }
            if (!toLoad.isEmpty()) {
                load(new LoadBatch(session, node.relation(), toLoad, node.scope(), mode), true, children);
            }
            if (!node.children().isEmpty() && !children.isEmpty()) {
                eager(children, node.children(), mode);
            }
        }
    }

    /**
     * Loads a batch; returns one value per owner and, when {@code store}, caches each. The distinct records
     * loaded are added to {@code loaded}, made peers of each other, and linked to their owner through the
     * relation's inverse.
     */
    public Object[] load(LoadBatch batch, boolean store, List<ActiveRecord<?>> loaded) {
        RelationInfo rel = batch.relation();
        int before = loaded.size();
        KindLoader kind = rel.spec().loader() != null ? CUSTOM : switch (rel.kind()) {
            case BELONGS_TO -> BELONGS_TO;
            case HAS_ONE, HAS_MANY -> HAS_MANY;
            case HAS_MANY_THROUGH -> THROUGH;
        };
        Object[] values = kind.load(batch, loaded);
        List<ActiveRecord<?>> read = before == 0 ? loaded : List.copyOf(loaded.subList(before, loaded.size()));
        if (kind == CUSTOM) {
            Origin.join(read, batch.mode()); // records from user code: not read through the batch's origin
        } else {
            batch.origin().readTogether(read);
        }
        if (!kind.linksInverse(batch)) {
            linkInverse(batch, values);
        }
        if (store) {
            RelationCache cache = session.cacheFor(rel);
            for (int i = 0; i < values.length; i++) {
                cache.put(batch.owners().get(i), rel.cacheKey(), values[i]);
            }
        }
        return values;
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

    /** Children loaded through HasMany/HasOne see their owner as the same instance; so does a HasOne's BelongsTo side. */
    private void linkInverse(LoadBatch batch, Object[] values) {
        RelationInfo rel = batch.relation();
        RelationInfo inv = rel.inverse();
        if (inv == null || !inv.spec().cache().enabled()) {
            return;
        }
        RelationCache cache = session.cacheFor(inv);
        boolean toMany = rel.kind() == Kind.HAS_MANY || rel.kind() == Kind.HAS_ONE;
        if (!toMany && !(rel.kind() == Kind.BELONGS_TO && inv.kind() == Kind.HAS_ONE)) {
            return;
        }
        for (int i = 0; i < values.length; i++) {
            ActiveRecord<?> owner = batch.owners().get(i);
            if (values[i] instanceof List<?> l) {
                for (Object c : l) {
                    cache.put((ActiveRecord<?>) c, inv.cacheKey(), owner);
                }
            } else if (values[i] != null) {
                cache.put((ActiveRecord<?>) values[i], inv.cacheKey(), owner);
            }
        }
    }
}
