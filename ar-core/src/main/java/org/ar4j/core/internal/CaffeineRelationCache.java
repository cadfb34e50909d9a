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
 * The default relation cache: one Caffeine cache per relation, keyed weakly by owner identity,
 * honouring the relation's ttl and maximum size. Time comes from the database's clock.
 */
final class CaffeineRelationCache implements RelationCache {
    private final Ticker ticker;
    private final Map<Class<?>, Map<RelationKey, Cache<ActiveRecord<?>, Entry>>> byModel = new ConcurrentHashMap<>();

    CaffeineRelationCache(Clock clock) {
        this.ticker = () -> {
            Instant now = clock.instant();
            return TimeUnit.SECONDS.toNanos(now.getEpochSecond()) + now.getNano();
        };
    }

    private Cache<ActiveRecord<?>, Entry> cache(RelationKey key) {
        return byModel.computeIfAbsent(key.model(), m -> new ConcurrentHashMap<>())
                .computeIfAbsent(key, k -> build(k.config()));
    }

    private Cache<ActiveRecord<?>, Entry> build(CacheConfig config) {
        Caffeine<Object, Object> b = Caffeine.newBuilder().weakKeys().ticker(ticker).executor(Runnable::run);
        config.timeToLive().ifPresent(b::expireAfterWrite);
        if (config.maximumSize() > 0) {
            b.maximumSize(config.maximumSize());
        }
        return b.build();
    }

    @Override
    public Entry get(ActiveRecord<?> owner, RelationKey relation) {
        return cache(relation).getIfPresent(owner);
    }

    @Override
    public void put(ActiveRecord<?> owner, RelationKey relation, Object value) {
        cache(relation).put(owner, new Entry(value));
    }

    @Override
    public void invalidate(ActiveRecord<?> owner, RelationKey relation) {
        cache(relation).invalidate(owner);
    }

    @Override
    public void invalidateAll(ActiveRecord<?> owner) {
        Map<RelationKey, Cache<ActiveRecord<?>, Entry>> caches = byModel.get(owner.getClass());
        if (caches != null) {
            for (Cache<ActiveRecord<?>, Entry> c : caches.values()) {
                c.invalidate(owner);
            }
        }
    }
}
