package org.ar4j.core.internal.query;

import org.ar4j.ActiveRecord;
import org.ar4j.QueryException;
import org.ar4j.core.internal.meta.ModelInfo;
import org.ar4j.core.internal.session.AggregateKey.Kind;
import org.ar4j.query.ComparableField;
import org.ar4j.query.NumericField;
import org.ar4j.query.Predicate;
import org.ar4j.query.Query;
import org.ar4j.query.RelationPath;

/**
 * The per-owner aggregates of a query ({@code withCount}, {@code withSum}, ...), by relation name or descriptor: each
 * overload names one {@link OwnerAggregate}, which {@link QueryImpl} adds to its spec.
 *
 * @param <T> the model type
 */
abstract class QueryAggregates<T> implements Query<T> {

    /** The model queried. */
    public abstract ModelInfo model();

    /** The same query with one more per-owner aggregate. */
    abstract Query<T> withAggregate(OwnerAggregate aggregate);

    @Override
    public Query<T> withCount(String relation) {
        return withAggregate(relation, Kind.COUNT, null, null);
    }

    @Override
    public Query<T> withCount(RelationPath<?> relation) {
        return withAggregate(relationName(relation), Kind.COUNT, null, null);
    }

    @Override
    public Query<T> withCount(RelationPath<?> relation, Predicate condition) {
        return withCount(relationName(relation), condition);
    }

    @Override
    public <R extends ActiveRecord<R>> Query<T> withSum(RelationPath<R> relation, NumericField<R, ?, ?> field) {
        return withAggregate(relationName(relation), Kind.SUM, field.name(), null);
    }

    @Override
    public <R extends ActiveRecord<R>> Query<T> withMin(RelationPath<R> relation, ComparableField<R, ?> field) {
        return withAggregate(relationName(relation), Kind.MIN, field.name(), null);
    }

    @Override
    public <R extends ActiveRecord<R>> Query<T> withMax(RelationPath<R> relation, ComparableField<R, ?> field) {
        return withAggregate(relationName(relation), Kind.MAX, field.name(), null);
    }

    @Override
    public <R extends ActiveRecord<R>> Query<T> withAvg(RelationPath<R> relation, NumericField<R, ?, ?> field) {
        return withAggregate(relationName(relation), Kind.AVG, field.name(), null);
    }

    private String relationName(RelationPath<?> relation) {
        return EagerPaths.pathOf(model(), relation, new RelationPath<?>[0]);
    }

    @Override
    public Query<T> withCount(String relation, Predicate condition) {
        if (condition == null) {
            throw new QueryException(model().name() + " query: withCount(\"" + relation + "\", condition) got a null"
                    + " condition");
        }
        return withAggregate(relation, Kind.COUNT, null, condition);
    }

    @Override
    public Query<T> withSum(String relation, String field) {
        return withAggregate(relation, Kind.SUM, field, null);
    }

    @Override
    public Query<T> withMin(String relation, String field) {
        return withAggregate(relation, Kind.MIN, field, null);
    }

    @Override
    public Query<T> withMax(String relation, String field) {
        return withAggregate(relation, Kind.MAX, field, null);
    }

    @Override
    public Query<T> withAvg(String relation, String field) {
        return withAggregate(relation, Kind.AVG, field, null);
    }

    private Query<T> withAggregate(String relation, Kind kind, String field, Predicate condition) {
        if (relation == null) {
            throw new QueryException(model().name() + " query: with" + kind.label() + "(...) got a null relation name;"
                    + " name a relation of " + model().name());
        }
        return withAggregate(OwnerAggregate.of(model(), relation, kind, field, condition));
    }
}
