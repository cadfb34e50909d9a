package org.ar4j.relation;

import java.util.List;

import org.ar4j.ActiveRecord;

/**
 * Loads a relation for many owners at once, replacing the default database lookup. The same
 * loader serves lazy loads (one owner), peer loads and eager loads (all owners of a query), and
 * may return data that does not come from the database. Must be thread-safe.
 *
 * @param <V> the value per owner: the related record (or null) for {@code BelongsTo} and
 *            {@code HasOne}, a {@code List} of records for {@code HasMany} and {@code HasManyThrough}
 */
@FunctionalInterface
public interface RelationLoader<V> {
    /**
     * Returns one value per owner, in the owners' order.
     *
     * @param owners the records whose relation is needed; never empty
     */
    List<V> load(List<? extends ActiveRecord<?>> owners);
}
