package org.ar4j.query;

import org.ar4j.ActiveRecord;

/**
 * A relation as a step of a query: what {@link Query#with(RelationPath, RelationPath[])} takes. The
 * relation descriptors of {@code org.ar4j.relation} ({@code BelongsTo}, {@code HasOne}, {@code HasMany},
 * {@code HasManyThrough}, {@code MorphTo}) are the implementations; applications declare those, they do not implement
 * this interface.
 *
 * @param <T> the related model
 */
public interface RelationPath<T extends ActiveRecord<?>> {

    /** The related model ({@code ActiveRecord} itself for a {@code MorphTo}, whose targets are several). */
    Class<T> target();
}
