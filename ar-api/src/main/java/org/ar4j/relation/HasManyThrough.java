package org.ar4j.relation;

import java.util.List;

import org.ar4j.ActiveRecord;
import org.ar4j.query.Query;
import org.ar4j.internal.engine.Engine;
import org.ar4j.internal.engine.RecordOperations.Change;

/**
 * Many-to-many through a join model: a post has many tags through post_tags. Declare it on
 * both sides. {@link #foreignKey(String)} names the join model's field referring to the owner
 * (default: owner class name plus {@code Id}), {@link #targetKey(String)} the one referring to
 * the target (default: target class name plus {@code Id}). Loading costs two queries per level
 * (join rows, then targets) on every backend. Thread-safe and immutable.
 *
 * <pre>{@code
 * public static final HasManyThrough<Tag> TAGS =
 *     hasManyThrough(Tag.class, PostTag.class).foreignKey("post_id").targetKey("tag_id");
 * }</pre>
 *
 * @param <T> the related model
 */
public final class HasManyThrough<T extends ActiveRecord<T>> extends CollectionRelation<T, HasManyThrough<T>> {

    private HasManyThrough(RelationSpec spec) {
        super(spec);
    }

    /** A descriptor pointing at a target model through a join model. */
    public static <T extends ActiveRecord<T>> HasManyThrough<T> of(Class<T> target, Class<? extends ActiveRecord<?>> through) {
        return new HasManyThrough<>(RelationSpec.of(Kind.HAS_MANY_THROUGH, target, through));
    }

    @Override
    HasManyThrough<T> copy(RelationSpec spec) {
        return new HasManyThrough<>(spec);
    }

    /** The join model's field that refers to the target. */
    public HasManyThrough<T> targetKey(String field) {
        return targetKeySpec(field);
    }

    /**
     * Loads the targets with a custom loader, given the owner model it receives, for example
     * {@code loader(Author.class, authors -> ...)}: one value per owner, in order.
     */
    public <O extends ActiveRecord<O>> HasManyThrough<T> loader(Class<O> owner, RelationLoader<O, List<T>> loader) {
        return loaderSpec(owner, loader);
    }

    /** What deleting the owner does: DELETE and DELETE_ALL remove join rows, never targets. */
    public HasManyThrough<T> dependent(Dependent dependent) {
        return dependentSpec(dependent);
    }

    /** The related records, as an unmodifiable list. */
    @SuppressWarnings("unchecked")
    public List<T> get(ActiveRecord<?> owner) {
        return (List<T>) value(owner);
    }

    /** A query over the related records (runs one query for the join rows when built). */
    public Query<T> query(ActiveRecord<?> owner) {
        return Engine.get().database(owner.getClass(), owner).relationQuery(this, owner);
    }

    /** Links the target to the owner by creating a join record (both must be saved). */
    public void add(ActiveRecord<?> owner, T target) {
        Engine.get().database(owner.getClass(), owner).relationChange(this, owner, target, Change.ADD);
    }

    /** Unlinks the target by deleting the join record(s). */
    public void remove(ActiveRecord<?> owner, T target) {
        Engine.get().database(owner.getClass(), owner).relationChange(this, owner, target, Change.REMOVE);
    }
}
