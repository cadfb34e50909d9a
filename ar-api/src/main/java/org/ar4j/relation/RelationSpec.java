package org.ar4j.relation;

import java.util.List;

import org.ar4j.cache.CacheConfig;
import org.ar4j.query.Order;
import org.ar4j.query.Predicate;

/**
 * The configuration of one relation descriptor, as its builder methods set it. Immutable.
 * Key names may be Java field names or column names; null means "the default" (see each
 * descriptor's documentation).
 *
 * @param kind    the relation kind
 * @param target  the related model
 * @param name    the relation name, or null to derive it from the constant's name
 * @param keys    how owner and related records refer to each other
 * @param scope   which related records, in which order
 * @param loading how the related records are loaded and cached
 * @param writing what saving and deleting the owner do
 */
public record RelationSpec(Relation.Kind kind, Class<?> target, String name, Keys keys, Scope scope, Loading loading,
                           Writing writing) {

    /**
     * How owner and related records refer to each other.
     *
     * @param foreignKeys   the foreign-key field (on the owner for BelongsTo, on the target for HasOne/HasMany, on the
     *                      join model for HasManyThrough), or the fields of a composite foreign key in the order of the
     *                      referenced key's parts; empty for the default
     * @param referencedKey the field the foreign key refers to, when it is not the primary key
     * @param inverseOf     the name of the relation on the other side, if declared
     * @param through       the join model of a HasManyThrough, else null
     * @param targetKey     the join model's field referring to the target, for HasManyThrough; the type field, for
     *                      MorphTo
     * @param morph         the target's MorphTo this HasMany/HasOne is the other side of ({@code morphMany}), or null
     * @param types         the models a MorphTo may point at (empty for every other kind)
     */
    public record Keys(List<String> foreignKeys, String referencedKey, String inverseOf, Class<?> through,
                       String targetKey, String morph, List<Class<?>> types) {
        /** Copies the lists. */
        public Keys {
            foreignKeys = List.copyOf(foreignKeys);
            types = List.copyOf(types);
        }

        /** The one declared foreign-key field, or null when none is declared (or a composite one is). */
        public String foreignKey() {
            return foreignKeys.size() == 1 ? foreignKeys.get(0) : null;
        }
    }

    /**
     * Which related records, in which order.
     *
     * @param where   a condition on the related records, or null
     * @param orderBy the order of the related records
     * @param limit   a per-owner limit, or null
     */
    public record Scope(Predicate where, List<Order> orderBy, Integer limit) {
        /** Copies the order list. */
        public Scope {
            orderBy = List.copyOf(orderBy);
        }
    }

    /**
     * How the related records are loaded and cached.
     *
     * @param loader      a custom loader, or null
     * @param loaderOwner the owner model the custom loader was declared for, or null
     * @param cache       the cache configuration
     */
    public record Loading(RelationLoader<?, ?> loader, Class<?> loaderOwner, CacheConfig cache) {
    }

    /**
     * What saving and deleting the owner do.
     *
     * @param validator a validator run on save, or null
     * @param dependent what deleting the owner does to the related records
     */
    public record Writing(RelationValidator validator, Dependent dependent) {
    }

    static RelationSpec of(Relation.Kind kind, Class<?> target, Class<?> through) {
        return of(kind, target, through, List.of());
    }

    static RelationSpec of(Relation.Kind kind, Class<?> target, Class<?> through, List<Class<?>> types) {
        return new RelationSpec(kind, target, null, new Keys(List.of(), null, null, through, null, null, types),
                new Scope(null, List.of(), null), new Loading(null, null, CacheConfig.defaults()),
                new Writing(null, Dependent.NONE));
    }

    RelationSpec withName(String v) {
        return new RelationSpec(kind, target, v, keys, scope, loading, writing);
    }

    RelationSpec withKeys(Keys v) {
        return new RelationSpec(kind, target, name, v, scope, loading, writing);
    }

    RelationSpec withScope(Scope v) {
        return new RelationSpec(kind, target, name, keys, v, loading, writing);
    }

    RelationSpec withLoading(Loading v) {
        return new RelationSpec(kind, target, name, keys, scope, v, writing);
    }

    RelationSpec withWriting(Writing v) {
        return new RelationSpec(kind, target, name, keys, scope, loading, v);
    }

    RelationSpec withForeignKey(List<String> v) {
        return withKeys(new Keys(v, keys.referencedKey(), keys.inverseOf(), keys.through(), keys.targetKey(), keys.morph(),
                keys.types()));
    }

    RelationSpec withReferencedKey(String v) {
        return withKeys(new Keys(keys.foreignKeys(), v, keys.inverseOf(), keys.through(), keys.targetKey(), keys.morph(),
                keys.types()));
    }

    RelationSpec withInverseOf(String v) {
        return withKeys(new Keys(keys.foreignKeys(), keys.referencedKey(), v, keys.through(), keys.targetKey(), keys.morph(),
                keys.types()));
    }

    RelationSpec withTargetKey(String v) {
        return withKeys(new Keys(keys.foreignKeys(), keys.referencedKey(), keys.inverseOf(), keys.through(), v, keys.morph(),
                keys.types()));
    }

    RelationSpec withMorph(String v) {
        return withKeys(new Keys(keys.foreignKeys(), keys.referencedKey(), keys.inverseOf(), keys.through(), keys.targetKey(), v,
                keys.types()));
    }

    RelationSpec withLoader(Class<?> owner, RelationLoader<?, ?> v) {
        return withLoading(new Loading(v, owner, loading.cache()));
    }

    RelationSpec withCache(CacheConfig v) {
        return withLoading(new Loading(loading.loader(), loading.loaderOwner(), v));
    }

    RelationSpec withWhere(Predicate v) {
        return withScope(new Scope(v, scope.orderBy(), scope.limit()));
    }

    RelationSpec withOrderBy(List<Order> v) {
        return withScope(new Scope(scope.where(), v, scope.limit()));
    }

    RelationSpec withLimit(Integer v) {
        return withScope(new Scope(scope.where(), scope.orderBy(), v));
    }

    RelationSpec withValidator(RelationValidator v) {
        return withWriting(new Writing(v, writing.dependent()));
    }

    RelationSpec withDependent(Dependent v) {
        return withWriting(new Writing(writing.validator(), v));
    }
}
