package org.ar4j.relation;

import java.util.List;

import org.ar4j.ActiveRecord;
import org.ar4j.internal.engine.Engine;
import org.ar4j.internal.engine.RecordOperations.Change;

/**
 * A polymorphic BelongsTo: the owner holds a type and a key, and the target is a record of one of the declared
 * models, the one the type names. A comment belongs to a post or to a photo:
 *
 * <pre>{@code
 * public static final MorphTo COMMENTABLE = morphTo(Post.class, Photo.class);
 * public String commentableType;   // "Post" or "Photo": the target model's type name
 * public Long commentableId;
 * public ActiveRecord<?> commentable() { return COMMENTABLE.get(this); }
 * }</pre>
 *
 * The fields default to the relation name plus {@code Type} and {@code Id}; {@link #typeKey} and
 * {@link #foreignKey} name others. A type is stored as the model's type name: its simple class name, or the name
 * {@link org.ar4j.TypeName} gives. The other side is a {@code morphMany}/{@code morphOne} on each target, which
 * names this relation; those are its inverses. Loading reads one query per target type present, for every owner of
 * a batch at once; a stored type that names none of the declared models is refused with a
 * {@link org.ar4j.ConversionException} naming the owner, the relation and the value, and saving one with a
 * {@link org.ar4j.ValidationException}. There is no foreign-key constraint (a column cannot refer to several
 * tables). Thread-safe and immutable.
 */
public final class MorphTo extends Relation<ActiveRecord<?>, MorphTo> {

    private MorphTo(RelationSpec spec) {
        super(spec);
    }

    /** A descriptor pointing at any of the given models; used by {@code ActiveRecord.morphTo}. */
    public static MorphTo to(List<Class<? extends ActiveRecord<?>>> types) {
        return new MorphTo(RelationSpec.of(Kind.MORPH_TO, ActiveRecord.class, null, List.<Class<?>>copyOf(types)));
    }

    @Override
    MorphTo copy(RelationSpec spec) {
        return new MorphTo(spec);
    }

    /** The field holding the target's type name (default: the relation name plus {@code Type}). */
    public MorphTo typeKey(String field) {
        return targetKeySpec(field);
    }

    /** The related record (a record of one of the declared models), or null when the key or the type is null. */
    public ActiveRecord<?> get(ActiveRecord<?> owner) {
        return (ActiveRecord<?>) value(owner);
    }

    /** Points the owner at a saved record of a declared model (or at nothing) by setting type and key; does not save. */
    public void set(ActiveRecord<?> owner, ActiveRecord<?> target) {
        Engine.get().database(owner.getClass(), owner).relationChange(this, owner, target, Change.SET);
    }
}
