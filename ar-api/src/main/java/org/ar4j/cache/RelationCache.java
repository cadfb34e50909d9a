package org.ar4j.cache;

import org.ar4j.ActiveRecord;

/**
 * Where loaded relation values are kept, per owner record and relation. The default keeps them on
 * the owner record itself (checking a ttl against the database clock) and uses a Caffeine cache for
 * relations with a maximum size; it honours each relation's {@link CacheConfig}. Plug in your own with
 * {@link org.ar4j.DatabaseBuilder#relationCache(RelationCache)} or per relation with
 * {@link CacheConfig#using(RelationCache)}. Implementations must be thread-safe, must compare
 * owners by identity and must not keep owners reachable.
 */
public interface RelationCache {

    /**
     * A cached value; {@code value} may be null (a relation that found no record is cached too).
     *
     * @param value the cached record, list of records, or null
     */
    record Entry(Object value) {
    }

    /** The cached value of a relation on an owner, or null when nothing is cached. */
    Entry get(ActiveRecord<?> owner, RelationKey relation);

    /** Caches a value under the relation's configuration. */
    void put(ActiveRecord<?> owner, RelationKey relation, Object value);

    /** Forgets one relation's value on one owner. */
    void invalidate(ActiveRecord<?> owner, RelationKey relation);

    /** Forgets every relation value on one owner. */
    void invalidateAll(ActiveRecord<?> owner);

    /**
     * Identifies one declared relation.
     *
     * @param model  the owning model class
     * @param name   the relation name
     * @param config the relation's cache configuration
     */
    record RelationKey(Class<?> model, String name, CacheConfig config) {
    }
}
