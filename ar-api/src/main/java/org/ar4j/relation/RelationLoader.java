package org.ar4j.relation;

import java.util.List;

import org.ar4j.ActiveRecord;

/**
 * Loads a relation for many owners at once, replacing the default database lookup. The same
 * loader serves lazy loads (one owner), peer loads and eager loads (all owners of a query), and
 * may return data that does not come from the database. Must be thread-safe.
 *
 * <pre>{@code
 * public static final HasMany<Badge> BADGES = hasMany(Badge.class).loader(Reader.class, readers ->
 *         readers.stream().map(r -> BadgeService.badgesOf(r.id)).toList());
 * }</pre>
 *
 * @param <O> the owner model, as declared with the loader (checked against the declaring model)
 * @param <V> the value per owner: the related record (or null) for {@code BelongsTo} and
 *            {@code HasOne}, a {@code List} of records for {@code HasMany} and {@code HasManyThrough}
 */
@FunctionalInterface
public interface RelationLoader<O extends ActiveRecord<O>, V> {
    /**
     * Returns one value per owner, in the owners' order.
     *
     * @param owners the records whose relation is needed; never empty, unmodifiable
     */
    List<V> load(List<O> owners);
}
