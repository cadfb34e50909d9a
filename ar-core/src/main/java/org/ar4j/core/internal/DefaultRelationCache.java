package org.ar4j.core.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;

import org.ar4j.ActiveRecord;
import org.ar4j.relation.CacheConfig;
import org.ar4j.relation.RelationCache;

/**
 * The default relation cache. Values live on the owner record itself (a few slots in its engine
 * state), so caching tens of thousands of loaded relations costs no map entries, no weak
 * references and nothing for the garbage collector to trace beyond the values; a ttl is checked
 * against the database clock on read. A relation with a maximum size instead uses a Caffeine cache
 * bounded by it (owners compared by identity), which evicts beyond the bound.
 */
final class DefaultRelationCache implements RelationCache {
    private final Clock clock;
    private final Ticker ticker;
    private final Map<RelationKey, Cache<Owner, Entry>> bounded = new ConcurrentHashMap<>();

    /** An owner compared by identity, whatever its model's equals. */
    private record Owner(ActiveRecord<?> record) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Owner other && other.record == record;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(record);
        }
    }

    DefaultRelationCache(Clock clock) {
        this.clock = clock;
        this.ticker = this::nanos;
    }

    private long nanos() {
        Instant now = clock.instant();
        return TimeUnit.SECONDS.toNanos(now.getEpochSecond()) + now.getNano();
    }

    private static boolean isBounded(RelationKey key) {
        return key.config().maximumSize() > 0;
    }

    private Cache<Owner, Entry> boundedCache(RelationKey key) {
        return bounded.computeIfAbsent(key, k -> {
            CacheConfig c = k.config();
            Caffeine<Object, Object> b = Caffeine.newBuilder().ticker(ticker).executor(Runnable::run)
                    .maximumSize(c.maximumSize());
            c.timeToLive().ifPresent(b::expireAfterWrite);
            return b.build();
        });
    }

    @Override
    public Entry get(ActiveRecord<?> owner, RelationKey relation) {
        if (isBounded(relation)) {
            return boundedCache(relation).getIfPresent(new Owner(owner));
        }
        RelationSlots slots = Records.state(owner).relations;
        if (slots == null) {
            return null;
        }
        long ttl = relation.config().timeToLive().map(d -> d.toNanos()).orElse(-1L);
        return slots.get(relation, ttl < 0 ? Long.MIN_VALUE : nanos() - ttl);
    }

    @Override
    public void put(ActiveRecord<?> owner, RelationKey relation, Object value) {
        Entry e = new Entry(value);
        if (isBounded(relation)) {
            boundedCache(relation).put(new Owner(owner), e);
            return;
        }
        RecordState st = Records.state(owner);
        RelationSlots slots = st.relations;
        if (slots == null) {
            slots = new RelationSlots();
            st.relations = slots;
        }
        slots.put(relation, e, relation.config().timeToLive().isPresent() ? nanos() : 0L);
    }

    @Override
    public void invalidate(ActiveRecord<?> owner, RelationKey relation) {
        if (isBounded(relation)) {
            boundedCache(relation).invalidate(new Owner(owner));
            return;
        }
        RelationSlots slots = Records.state(owner).relations;
        if (slots != null) {
            slots.remove(relation);
        }
    }

    @Override
    public void invalidateAll(ActiveRecord<?> owner) {
        RecordState st = Records.state(owner);
        if (st.relations != null) {
            st.relations.clear();
        }
        if (!bounded.isEmpty()) {
            Owner key = new Owner(owner);
            for (Map.Entry<RelationKey, Cache<Owner, Entry>> e : bounded.entrySet()) {
                if (e.getKey().model() == owner.getClass()) {
                    e.getValue().invalidate(key);
                }
            }
        }
    }
}
