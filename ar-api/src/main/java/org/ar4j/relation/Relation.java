package org.ar4j.relation;

import org.ar4j.ArgumentException;
import org.ar4j.cache.CacheConfig;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.ar4j.ActiveRecord;
import org.ar4j.query.Order;
import org.ar4j.query.Predicate;
import org.ar4j.query.RelationPath;
import org.ar4j.query.Where;
import org.ar4j.internal.engine.Engine;

/**
 * The common part of the relation descriptors. A descriptor is declared once, as a
 * {@code public static final} constant of the owning model, and is immutable: every builder
 * method returns a new descriptor. Its name is the constant's name in camelCase
 * ({@code AUTHORED_POSTS} becomes {@code authoredPosts}) unless {@link #named(String)} gives one.
 * Descriptors are verified when their model is first used; mistakes raise
 * {@link org.ar4j.ModelDefinitionException}.
 *
 * @param <T> the related model
 * @param <R> the descriptor's own type, returned by the builder methods
 */
public abstract sealed class Relation<T extends ActiveRecord<?>, R extends Relation<T, R>>
        implements RelationPath<T> permits BelongsTo, HasOne, CollectionRelation, MorphTo {

    /** The relation kinds. */
    public enum Kind {
        /** The owner holds the foreign key. */
        BELONGS_TO(false),
        /** One target record holds the owner's key. */
        HAS_ONE(false),
        /** Many target records hold the owner's key. */
        HAS_MANY(true),
        /** Many-to-many through a join model. */
        HAS_MANY_THROUGH(true),
        /** The owner holds a type and a key: the target is a record of one of several models. */
        MORPH_TO(false);

        private final boolean collection;

        Kind(boolean collection) {
            this.collection = collection;
        }

        /** Whether the relation's value is a list. */
        public boolean isCollection() {
            return collection;
        }
    }

    private final RelationSpec spec;

    Relation(RelationSpec spec) {
        this.spec = java.util.Objects.requireNonNull(spec);
    }

    abstract R copy(RelationSpec spec);

    /** The descriptor's configuration. */
    public final RelationSpec spec() {
        return spec;
    }

    /** The related model. */
    @Override
    @SuppressWarnings("unchecked")
    public final Class<T> target() {
        return (Class<T>) spec.target();
    }

    /** Gives the relation a name instead of deriving it from the constant. */
    public final R named(String name) {
        return copy(spec.withName(name));
    }

    /** The foreign-key field (Java field or column name). */
    public final R foreignKey(String field) {
        if (field == null) {
            throw new ArgumentException("foreignKey(null): name the foreign-key field");
        }
        return copy(spec.withForeignKey(List.of(field)));
    }

    /**
     * The fields of a composite foreign key, in the order of the parts of the key they refer to (the referenced
     * model's {@code @Id} fields as declared): {@code belongsTo(OrderLine.class).foreignKey("orderNo", "lineNo")}.
     */
    public final R foreignKey(String first, String second, String... more) {
        List<String> all = new ArrayList<>(Arrays.asList(first, second));
        all.addAll(Arrays.asList(more));
        if (all.contains(null)) {
            throw new ArgumentException("foreignKey(...) got a null field: name every field of the composite key");
        }
        return copy(spec.withForeignKey(all));
    }

    /** The field the foreign key refers to, when it is not the primary key. */
    public final R referencedKey(String field) {
        return copy(spec.withReferencedKey(field));
    }

    /** The relation on the other model that is this one's inverse. */
    public final R inverseOf(String relationName) {
        return copy(spec.withInverseOf(relationName));
    }

    /** Validates the relation when the owner is saved. */
    public final R validator(RelationValidator validator) {
        return copy(spec.withValidator(validator));
    }

    /** How loaded values are cached. */
    public final R cache(CacheConfig config) {
        return copy(spec.withCache(ArgumentException.requireNonNull(config, "the relation", "config", "pass a value")));
    }

    /** Restricts the related records; combined with earlier conditions by AND. */
    public final R where(Predicate condition) {
        ArgumentException.requireNonNull(condition, "the relation", "condition", "pass a value");
        return copy(spec.withWhere(spec.scope().where() == null ? condition : Where.and(spec.scope().where(), condition)));
    }

    /** Orders the related records. */
    public final R orderBy(Order... orders) {
        List<Order> all = new ArrayList<>(spec.scope().orderBy());
        all.addAll(Arrays.asList(orders));
        return copy(spec.withOrderBy(all));
    }

    /** Orders the related records by fields, ascending. */
    public final R orderBy(String... fields) {
        List<Order> all = new ArrayList<>(spec.scope().orderBy());
        for (String f : fields) {
            all.add(Order.asc(f));
        }
        return copy(spec.withOrderBy(all));
    }

    /** Gives each owner at most {@code n} related records (with {@link #orderBy}, its top n). */
    public final R limit(int n) {
        if (n < 1) {
            throw new ArgumentException("relation limit must be at least 1, got " + n);
        }
        return copy(spec.withLimit(n));
    }

    final R loaderSpec(Class<?> owner, RelationLoader<?, ?> loader) {
        ArgumentException.requireNonNull(owner, "loader(owner, loader)", "owner class", "pass the owner model's class");
        ArgumentException.requireNonNull(loader, "loader(owner, loader)", "loader", "pass a RelationLoader");
        return copy(spec.withLoader(owner, loader));
    }

    final R dependentSpec(Dependent dependent) {
        return copy(spec.withDependent(ArgumentException.requireNonNull(dependent, "the relation", "dependent", "pass a value")));
    }

    final R morphSpec(String morph) {
        return copy(spec.withMorph(ArgumentException.requireNonNull(morph, "morph(name)", "name", "pass the MorphTo's name")));
    }

    final R targetKeySpec(String field) {
        return copy(spec.withTargetKey(field));
    }

    /** The relation's name once its model has been verified, else its explicit name or null. */
    public final String name() {
        String resolved = Engine.get().relationName(this);
        return resolved != null ? resolved : spec.name();
    }

    /** Whether this relation's value is cached on the owner right now. */
    public final boolean isCached(ActiveRecord<?> owner) {
        return owner.hasCachedRelation(this);
    }

    /** Forgets this relation's cached value on the owner. */
    public final void clearCache(ActiveRecord<?> owner) {
        Engine.get().database(owner.getClass(), owner).clearRelationCache(owner, null, this);
    }

    final Object value(ActiveRecord<?> owner) {
        return Engine.get().database(owner.getClass(), owner).relationValue(this, owner);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "<" + spec.target().getSimpleName() + ">"
                + (spec.name() == null ? "" : "(" + spec.name() + ")");
    }
}
