package org.ar4j.relation;

import org.ar4j.ActiveRecord;
import org.ar4j.query.Query;
import org.ar4j.internal.engine.Engine;

/**
 * One target record holds the owner's key: a user has one profile. The foreign key (on the
 * target) defaults to the owner's class name plus {@code Id} ({@code userId}). When several
 * target records match, the first by the relation's order (else by id) is used. Thread-safe and
 * immutable.
 *
 * @param <T> the related model
 */
public final class HasOne<T extends ActiveRecord<T>> extends Relation<T, HasOne<T>> {

    private HasOne(RelationSpec spec) {
        super(spec);
    }

    /** A descriptor pointing at a target model; used by {@code ActiveRecord.hasOne}. */
    public static <T extends ActiveRecord<T>> HasOne<T> of(Class<T> target) {
        return new HasOne<>(RelationSpec.of(Kind.HAS_ONE, target, null));
    }

    /**
     * Makes this the other side of the target's {@link MorphTo} named {@code morphTo}: the target's key field is that
     * relation's, and only targets whose type field holds this model's type name belong to it.
     */
    public HasOne<T> morph(String morphTo) {
        return morphSpec(morphTo);
    }

    @Override
    HasOne<T> copy(RelationSpec spec) {
        return new HasOne<>(spec);
    }

    /**
     * Loads the targets with a custom loader, given the owner model it receives, for example
     * {@code loader(Author.class, authors -> ...)}: one value per owner, in order.
     */
    public <O extends ActiveRecord<O>> HasOne<T> loader(Class<O> owner, RelationLoader<O, T> loader) {
        return loaderSpec(owner, loader);
    }

    /** What deleting the owner does to the related record. */
    public HasOne<T> dependent(Dependent dependent) {
        return dependentSpec(dependent);
    }

    /** The related record, or null. */
    @SuppressWarnings("unchecked")
    public T get(ActiveRecord<?> owner) {
        return (T) value(owner);
    }

    /** A query for the related record(s). */
    public Query<T> query(ActiveRecord<?> owner) {
        return Engine.get().database(owner.getClass(), owner).relationQuery(this, owner);
    }
}
