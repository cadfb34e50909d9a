package org.ar4j.core.internal.query;

import org.ar4j.QueryException;
import org.ar4j.core.internal.meta.Conditions;
import org.ar4j.core.internal.meta.FieldInfo;
import org.ar4j.core.internal.meta.ModelInfo;
import org.ar4j.core.internal.meta.RelationInfo;
import org.ar4j.core.internal.session.AggregateKey;
import org.ar4j.core.internal.session.AggregateKey.Kind;
import org.ar4j.query.Predicate;
import org.ar4j.spi.Filter;
import org.ar4j.relation.Relation;
import org.ar4j.spi.Aggregate;

/**
 * One per-owner aggregate of a relation ({@code withCount}, {@code withSum}...), resolved against the relation's
 * target: what the query attaches to each owner it loads, under {@link #key}.
 *
 * @param relation  the collection relation
 * @param kind      what is computed
 * @param field     the target field aggregated, null for COUNT
 * @param condition the caller's condition on the targets (field level), or null
 * @param resolved  the same condition resolved to columns, or null
 */
public record OwnerAggregate(RelationInfo relation, Kind kind, FieldInfo field, Predicate condition, Filter resolved) {

    /** Checks a relation, a field and a condition for a per-owner aggregate of one model's records. */
    public static OwnerAggregate of(ModelInfo owner, String relationName, Kind kind, String fieldName, Predicate condition) {
        RelationInfo r = owner.relation(relationName);
        if (r.kind() == Relation.Kind.BELONGS_TO || r.kind() == Relation.Kind.MORPH_TO) {
            throw new QueryException("with" + kind.label() + "(\"" + relationName + "\") on " + owner.name() + ": "
                    + r.qualifiedName() + " is a " + (r.kind() == Relation.Kind.MORPH_TO ? "MorphTo" : "BelongsTo")
                    + ", which has one target; aggregates are for HasOne, HasMany and HasManyThrough");
        }
        r.requireSingleKey(() -> "with" + kind.label() + "(\"" + relationName + "\")");
        if (r.spec().loading().loader() != null) {
            throw new QueryException("with" + kind.label() + "(\"" + relationName + "\"): " + r.qualifiedName()
                    + " has a custom loader, so the database does not know its records");
        }
        if (r.kind() == Relation.Kind.HAS_MANY_THROUGH && (condition != null || fieldName != null || r.condition() != null)) {
            throw new QueryException("with" + kind.label() + "(\"" + relationName + "\"): " + r.qualifiedName() + " is a"
                    + " HasManyThrough; only its plain count (of join records) is aggregated in the database");
        }
        FieldInfo f = fieldName == null ? null : r.target().field(fieldName);
        return new OwnerAggregate(r, kind, f, condition, condition == null ? null : Conditions.resolve(r.target(), condition));
    }

    /** Where the value is kept on each owner: the same key the relation's accessors look up. */
    public AggregateKey key() {
        return new AggregateKey(relation.name(), kind, field == null ? null : field.javaName(), condition);
    }

    /** The backend functions this aggregate reads: the function itself, and a count of values for sums and means. */
    Aggregate.Function function() {
        return switch (kind) {
            case COUNT -> Aggregate.Function.COUNT;
            case MIN -> Aggregate.Function.MIN;
            case MAX -> Aggregate.Function.MAX;
            case SUM, AVG -> Aggregate.Function.SUM;
        };
    }
}
