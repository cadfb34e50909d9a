package org.ar4j.cache;

import org.ar4j.ArgumentException;
import java.time.Duration;
import java.util.Optional;

/**
 * How a relation's loaded values are cached on their owners. Immutable.
 *
 * <pre>{@code
 * hasMany(Post.class).cache(CacheConfig.ttl(Duration.ofMinutes(5)).keepAtMost(100))
 * hasMany(Post.class).cache(CacheConfig.maxSize(100))
 * }</pre>
 *
 * <p>By default values are kept on their owner until cleared (or until the owner is garbage), with
 * no size bound. The maximum size counts owners holding a cached value of the relation; beyond it,
 * the default cache drops the value of the owner chosen by Caffeine's Window TinyLFU policy, which
 * weighs how often and how recently each owner's value was read: it is not strictly
 * least-recently-used, and a value read often survives one read recently. The bound never keeps an
 * owner reachable: an owner the application no longer references is collected with its values.
 * A relation with caching {@link #off()} queries on every access and cannot be eager-loaded.
 */
public final class CacheConfig {
    private static final CacheConfig DEFAULTS = new CacheConfig(null, -1, true, null);

    private final Duration ttl;
    private final long maxSize;
    private final boolean enabled;
    private final RelationCache cache;

    private CacheConfig(Duration ttl, long maxSize, boolean enabled, RelationCache cache) {
        this.ttl = ttl;
        this.maxSize = maxSize;
        this.enabled = enabled;
        this.cache = cache;
    }

    /** Keep values until cleared, unbounded. */
    public static CacheConfig defaults() {
        return DEFAULTS;
    }

    /** Never cache: every access runs a query. */
    public static CacheConfig off() {
        return new CacheConfig(null, -1, false, null);
    }

    /** Values expire this long after they were loaded. */
    public static CacheConfig ttl(Duration ttl) {
        return DEFAULTS.expireAfter(ttl);
    }

    /** Values are kept for at most this many owners (see the class comment for which are dropped). */
    public static CacheConfig maxSize(long maxSize) {
        return DEFAULTS.keepAtMost(maxSize);
    }

    /** Stores this relation's values in a cache of your own instead of the database's. */
    public static CacheConfig using(RelationCache cache) {
        return new CacheConfig(null, -1, true, ArgumentException.requireNonNull(cache, "CacheConfig", "cache", "pass a value"));
    }

    /** A copy whose values expire this long after they were loaded. */
    public CacheConfig expireAfter(Duration ttl) {
        ArgumentException.requireNonNull(ttl, "CacheConfig", "ttl", "pass a value");
        if (ttl.isNegative() || ttl.isZero()) {
            throw new ArgumentException("cache ttl must be positive, got " + ttl);
        }
        return new CacheConfig(ttl, maxSize, true, cache);
    }

    /** A copy that keeps values for at most this many owners, for example {@code CacheConfig.ttl(d).keepAtMost(100)}. */
    public CacheConfig keepAtMost(long maxSize) {
        if (maxSize < 1) {
            throw new ArgumentException("cache maxSize must be at least 1, got " + maxSize);
        }
        return new CacheConfig(ttl, maxSize, true, cache);
    }

    /** The time to live, if any. */
    public Optional<Duration> timeToLive() {
        return Optional.ofNullable(ttl);
    }

    /** The maximum number of owners with a cached value, or -1 for unbounded. */
    public long maximumSize() {
        return maxSize;
    }

    /** Whether values are cached at all. */
    public boolean enabled() {
        return enabled;
    }

    /** The relation's own cache, if one was given. */
    public Optional<RelationCache> customCache() {
        return Optional.ofNullable(cache);
    }

    @Override
    public String toString() {
        if (!enabled) {
            return "CacheConfig[off]";
        }
        return "CacheConfig[ttl=" + (ttl == null ? "none" : ttl) + ", maxSize="
                + (maxSize < 0 ? "unbounded" : maxSize) + (cache == null ? "" : ", custom") + "]";
    }
}
