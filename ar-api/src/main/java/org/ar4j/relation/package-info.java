/**
 * Relation descriptors ({@link org.ar4j.relation.BelongsTo}, {@link org.ar4j.relation.HasOne},
 * {@link org.ar4j.relation.HasMany}, {@link org.ar4j.relation.HasManyThrough}) declared as
 * class-level constants of a model, and the extension points that shape how they load
 * ({@link org.ar4j.relation.RelationLoader}), validate ({@link org.ar4j.relation.RelationValidator})
 * and cache (package {@code org.ar4j.cache}).
 */
package org.ar4j.relation;
