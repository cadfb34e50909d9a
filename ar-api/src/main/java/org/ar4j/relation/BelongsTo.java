package org.ar4j.relation;

import org.ar4j.ActiveRecord;
import org.ar4j.query.Field;
import org.ar4j.query.Query;
import org.ar4j.query.RelatedField;
import org.ar4j.internal.engine.Engine;
import org.ar4j.internal.engine.RecordOperations.Change;

/**
 * The owner holds a foreign key to one target record: a comment belongs to a post.
 * The foreign key defaults to the relation name plus {@code Id} ({@code post} uses
 * {@code postId}, column {@code post_id}). Thread-safe and immutable.
 *
 * <pre>{@code
 * public static final BelongsTo<Post> POST = belongsTo(Post.class).inverseOf("comments");
 * public Post post() { return POST.get(this); }
 * }</pre>
 *
 * @param <T> the related model
 */
public final class BelongsTo<T extends ActiveRecord<T>> extends Relation<T, BelongsTo<T>> {

    private BelongsTo(RelationSpec spec) {
        super(spec);
    }

    /** A descriptor pointing at a target model; used by {@code ActiveRecord.belongsTo}. */
    public static <T extends ActiveRecord<T>> BelongsTo<T> to(Class<T> target) {
        return new BelongsTo<>(RelationSpec.of(Kind.BELONGS_TO, target, null));
    }

    @Override
    BelongsTo<T> copy(RelationSpec spec) {
        return new BelongsTo<>(spec);
    }

    /**
     * Loads the targets with a custom loader, given the owner model it receives, for example
     * {@code loader(Author.class, authors -> ...)}: one value per owner, in order.
     */
    public <O extends ActiveRecord<O>> BelongsTo<T> loader(Class<O> owner, RelationLoader<O, T> loader) {
        return loaderSpec(owner, loader);
    }

    /** The related record, or null when the key is null or refers to nothing. */
    @SuppressWarnings("unchecked")
    public T get(ActiveRecord<?> owner) {
        return (T) value(owner);
    }

    /** A query for the related record. */
    public Query<T> query(ActiveRecord<?> owner) {
        return Engine.get().database(owner.getClass(), owner).relationQuery(this, owner);
    }

    /**
     * A field of the target, selected in a projection of the owner model:
     * {@code Book.query().select(Book_.title, Book_.writer.then(Writer_.name))}.
     */
    public <V> RelatedField<V> then(Field<T, V> field) {
        return new RelatedField<>(this, field);
    }

    /** Points the owner at a target (or null) by setting the foreign key; does not save. */
    public void set(ActiveRecord<?> owner, T target) {
        Engine.get().database(owner.getClass(), owner).relationChange(this, owner, target, Change.SET);
    }
}
