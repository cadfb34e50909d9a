package org.ar4j.relation;

import java.util.List;

import org.ar4j.ActiveRecord;
import org.ar4j.query.Query;
import org.ar4j.internal.engine.Engine;
import org.ar4j.internal.engine.RecordOperations.Change;

/**
 * Many target records hold the owner's key: a user has many posts. The foreign key (on the
 * target) defaults to the owner's class name plus {@code Id} ({@code userId}). Thread-safe and
 * immutable.
 *
 * <pre>{@code
 * public static final HasMany<Post> POSTS = hasMany(Post.class).foreignKey("user_id").inverseOf("user");
 * public List<Post> posts()       { return POSTS.get(this); }
 * public Query<Post> postsQuery() { return POSTS.query(this); }
 * }</pre>
 *
 * @param <T> the related model
 */
public final class HasMany<T extends ActiveRecord<T>> extends CollectionRelation<T, HasMany<T>> {

    private HasMany(RelationSpec spec) {
        super(spec);
    }

    /** A descriptor pointing at a target model; used by {@code ActiveRecord.hasMany}. */
    public static <T extends ActiveRecord<T>> HasMany<T> of(Class<T> target) {
        return new HasMany<>(RelationSpec.of(Kind.HAS_MANY, target, null));
    }

    /**
     * Makes this the other side of the target's {@link MorphTo} named {@code morphTo}: the target's key field is that
     * relation's, and only targets whose type field holds this model's type name belong to it.
     */
    public HasMany<T> morph(String morphTo) {
        return morphSpec(morphTo);
    }

    @Override
    HasMany<T> copy(RelationSpec spec) {
        return new HasMany<>(spec);
    }

    /**
     * Loads the targets with a custom loader, given the owner model it receives, for example
     * {@code loader(Author.class, authors -> ...)}: one value per owner, in order.
     */
    public <O extends ActiveRecord<O>> HasMany<T> loader(Class<O> owner, RelationLoader<O, List<T>> loader) {
        return loaderSpec(owner, loader);
    }

    /** What deleting the owner does to the related records. */
    public HasMany<T> dependent(Dependent dependent) {
        return dependentSpec(dependent);
    }

    /** The related records, as an unmodifiable list (empty, never null). */
    @SuppressWarnings("unchecked")
    public List<T> get(ActiveRecord<?> owner) {
        return (List<T>) value(owner);
    }

    /** A query over the related records, pre-scoped to the owner. */
    public Query<T> query(ActiveRecord<?> owner) {
        return Engine.get().database(owner.getClass(), owner).relationQuery(this, owner);
    }

    /** Sets the child's foreign key to the owner and saves the child. */
    public void add(ActiveRecord<?> owner, T child) {
        Engine.get().database(owner.getClass(), owner).relationChange(this, owner, child, Change.ADD);
    }

    /** Clears the child's foreign key and saves the child. */
    public void remove(ActiveRecord<?> owner, T child) {
        Engine.get().database(owner.getClass(), owner).relationChange(this, owner, child, Change.REMOVE);
    }
}
