package org.ar4j.relation;

import org.ar4j.cache.CacheConfig;
import java.util.List;

import org.ar4j.query.Order;
import org.ar4j.query.Predicate;

/**
 * The configuration of one relation descriptor, as its builder methods set it. Immutable.
 * Key names may be Java field names or column names; null means "the default" (see each
 * descriptor's documentation).
 *
 * @param kind          the relation kind
 * @param target        the related model
 * @param name          the relation name, or null to derive it from the constant's name
 * @param foreignKey    the foreign-key field (on the owner for BelongsTo, on the target for
 *                      HasOne/HasMany, on the join model for HasManyThrough)
 * @param referencedKey the field the foreign key refers to, when it is not the primary key
 * @param inverseOf     the name of the relation on the other side, if declared
 * @param loader        a custom loader, or null
 * @param loaderOwner   the owner model the custom loader was declared for, or null
 * @param validator     a validator run on save, or null
 * @param cache         the cache configuration
 * @param where         a condition on the related records, or null
 * @param orderBy       the order of the related records
 * @param limit         a per-owner limit, or null
 * @param dependent     what deleting the owner does to the related records
 * @param through       the join model of a HasManyThrough, else null
 * @param targetKey     the join model's field referring to the target, for HasManyThrough
 */
public record RelationSpec(Relation.Kind kind, Class<?> target, String name, String foreignKey,
                           String referencedKey, String inverseOf, RelationLoader<?, ?> loader,
                           Class<?> loaderOwner, RelationValidator validator, CacheConfig cache, Predicate where,
                           List<Order> orderBy, Integer limit, Dependent dependent, Class<?> through,
                           String targetKey) {
    /** Copies the order list. */
    public RelationSpec {
        orderBy = List.copyOf(orderBy);
    }

    static RelationSpec of(Relation.Kind kind, Class<?> target, Class<?> through) {
        return new RelationSpec(kind, target, null, null, null, null, null, null, null, CacheConfig.defaults(),
                null, List.of(), null, Dependent.NONE, through, null);
    }

    RelationSpec withName(String v) {
        return new RelationSpec(kind, target, v, foreignKey, referencedKey, inverseOf, loader, loaderOwner, validator, cache,
                where, orderBy,
                limit, dependent, through, targetKey);
    }

    RelationSpec withForeignKey(String v) {
        return new RelationSpec(kind, target, name, v, referencedKey, inverseOf, loader, loaderOwner, validator, cache, where,
                orderBy, limit,
                dependent, through, targetKey);
    }

    RelationSpec withReferencedKey(String v) {
        return new RelationSpec(kind, target, name, foreignKey, v, inverseOf, loader, loaderOwner, validator, cache, where,
                orderBy, limit,
                dependent, through, targetKey);
    }

    RelationSpec withInverseOf(String v) {
        return new RelationSpec(kind, target, name, foreignKey, referencedKey, v, loader, loaderOwner, validator, cache, where,
                orderBy, limit,
                dependent, through, targetKey);
    }

    RelationSpec withLoader(Class<?> owner, RelationLoader<?, ?> v) {
        return new RelationSpec(kind, target, name, foreignKey, referencedKey, inverseOf, v, owner, validator, cache, where,
                orderBy,
                limit, dependent, through, targetKey);
    }

    RelationSpec withValidator(RelationValidator v) {
        return new RelationSpec(kind, target, name, foreignKey, referencedKey, inverseOf, loader, loaderOwner, v, cache, where,
                orderBy, limit,
                dependent, through, targetKey);
    }

    RelationSpec withCache(CacheConfig v) {
        return new RelationSpec(kind, target, name, foreignKey, referencedKey, inverseOf, loader, loaderOwner, validator, v,
                where, orderBy,
                limit, dependent, through, targetKey);
    }

    RelationSpec withWhere(Predicate v) {
        return new RelationSpec(kind, target, name, foreignKey, referencedKey, inverseOf, loader, loaderOwner, validator, cache,
                v, orderBy,
                limit, dependent, through, targetKey);
    }

    RelationSpec withOrderBy(List<Order> v) {
        return new RelationSpec(kind, target, name, foreignKey, referencedKey, inverseOf, loader, loaderOwner, validator, cache,
                where, v,
                limit, dependent, through, targetKey);
    }

    RelationSpec withLimit(Integer v) {
        return new RelationSpec(kind, target, name, foreignKey, referencedKey, inverseOf, loader, loaderOwner, validator, cache,
                where,
                orderBy, v, dependent, through, targetKey);
    }

    RelationSpec withDependent(Dependent v) {
        return new RelationSpec(kind, target, name, foreignKey, referencedKey, inverseOf, loader, loaderOwner, validator, cache,
                where,
                orderBy, limit, v, through, targetKey);
    }

    RelationSpec withTargetKey(String v) {
        return new RelationSpec(kind, target, name, foreignKey, referencedKey, inverseOf, loader, loaderOwner, validator, cache,
                where,
                orderBy, limit, dependent, through, v);
    }
}
