package org.ar4j.core.internal.session;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;

import org.ar4j.ActiveRecord;
import org.ar4j.cache.RelationCache;

/**
 * The default relation cache. Values live on the owner record itself (its {@link RelationStore}), so caching
 * tens of thousands of loaded relations costs no map entries and nothing for the garbage collector to trace
 * beyond the values; a ttl is checked against the database clock on read.
 *
 * <p>A relation with a maximum size also keeps its values on the owners; a Caffeine cache with weak
 * keys only counts which owners hold one and, beyond the bound, clears the value of the owner Caffeine's
 * Window TinyLFU policy evicts (by how often and how recently owners were read, not strictly the least
 * recently used). Nothing here keeps an owner reachable: an owner nobody else references is collected
 * with its values, whatever the bound.
 */
public final class DefaultRelationCache implements RelationCache {
    /** What {@link #lookup} answers when a cache holds no value (a held value may be null). */
    public static final Object ABSENT = RelationStore.ABSENT;
    private final Clock clock;
    private final Map<RelationKey, Cache<ActiveRecord<?>, Boolean>> holders = new ConcurrentHashMap<>();

    /** A cache whose ttl reads this clock. */
    public DefaultRelationCache(Clock clock) {
        this.clock = clock;
    }

    private long nanos() {
        Instant now = clock.instant();
        return TimeUnit.SECONDS.toNanos(now.getEpochSecond()) + now.getNano();
    }

    /** Whether a relation's values are bounded in number (Caffeine counts their holders). */
    static boolean isBounded(RelationKey key) {
        return key.config().maximumSize() > 0;
    }

    /** The owners holding a value of a bounded relation; weak keys compare by identity. */
    private Cache<ActiveRecord<?>, Boolean> holders(RelationKey key) {
        return holders.computeIfAbsent(key, k -> Caffeine.newBuilder().weakKeys().executor(Runnable::run)
                .maximumSize(k.config().maximumSize())
                .<ActiveRecord<?>, Boolean>removalListener((owner, held, cause) -> {
                    if (owner != null && cause == RemovalCause.SIZE) {
                        clearSlot(owner, k);
                    }
                })
                .build());
    }

    private static void clearSlot(ActiveRecord<?> owner, RelationKey key) {
        RelationStore.remove(Records.state(owner), key);
    }

    @Override
    public Entry get(ActiveRecord<?> owner, RelationKey relation) {
        Object v = value(owner, relation);
        return v == RelationStore.ABSENT ? null : new Entry(v);
    }

    /** The cached value, or {@link RelationStore#ABSENT}: {@link #get} without an entry object per read. */
    private Object value(ActiveRecord<?> owner, RelationKey relation) {
        long ttl = relation.config().timeToLive().map(d -> d.toNanos()).orElse(-1L);
        Object v = RelationStore.get(Records.state(owner), relation, ttl < 0 ? Long.MIN_VALUE : nanos() - ttl);
        if (v != RelationStore.ABSENT && isBounded(relation)) {
            holders(relation).getIfPresent(owner);
        }
        return v;
    }

    /**
     * The value {@code cache} holds for a relation on an owner, or {@link #ABSENT} when it holds none; the default
     * cache answers without allocating.
     */
    public static Object lookup(RelationCache cache, ActiveRecord<?> owner, RelationKey relation) {
        if (cache instanceof DefaultRelationCache d) {
            return d.value(owner, relation);
        }
        Entry e = cache.get(owner, relation);
        return e == null ? ABSENT : e.value();
    }

    @Override
    public void put(ActiveRecord<?> owner, RelationKey relation, Object value) {
        RelationStore.put(Records.state(owner), relation, value, relation.config().timeToLive().isPresent() ? nanos() : 0L);
        if (isBounded(relation)) {
            holders(relation).put(owner, Boolean.TRUE);
        }
    }

    @Override
    public void invalidate(ActiveRecord<?> owner, RelationKey relation) {
        clearSlot(owner, relation);
        if (isBounded(relation)) {
            holders(relation).invalidate(owner);
        }
    }

    @Override
    public void invalidateAll(ActiveRecord<?> owner) {
        RelationStore.clear(Records.state(owner));
        if (!holders.isEmpty()) {
            for (Map.Entry<RelationKey, Cache<ActiveRecord<?>, Boolean>> e : holders.entrySet()) {
                if (e.getKey().model() == owner.getClass()) {
                    e.getValue().invalidate(owner);
                }
            }
        }
    }
}
