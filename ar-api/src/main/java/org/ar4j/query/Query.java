package org.ar4j.query;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.ar4j.ActiveRecord;
import org.ar4j.LoadMode;

/**
 * A query over one model's records. Builder methods return a new query and leave this one
 * unchanged, so a query can be shared and refined safely; terminal methods ({@link #all()},
 * {@link #count()}, ...) execute it. Field names may be given as Java field names (camelCase)
 * or column names (snake_case).
 *
 * <pre>{@code
 * List<Post> recent = Post.query()
 *     .where(Where.eq("published", true))
 *     .orderBy(Order.desc("createdAt"))
 *     .limit(10)
 *     .with("author", "comments")
 *     .all();
 * }</pre>
 *
 * @param <T> the model type
 */
public interface Query<T> {

    /** Adds a condition, combined with earlier ones by AND. */
    Query<T> where(Predicate predicate);

    /** Shorthand for {@code where(Where.eq(field, value))}. */
    default Query<T> where(String field, Object value) {
        return where(Where.eq(field, value));
    }

    /** Restricts the query to the record with this id. */
    Query<T> whereId(Object id);

    /**
     * Adds a raw SQL condition with {@code ?} placeholders. Only on backends with the
     * {@code RAW_SQL} capability; others throw {@link org.ar4j.UnsupportedCapabilityException}.
     */
    Query<T> whereRaw(String sql, Object... parameters);

    /** Orders by fields, ascending, after any earlier ordering. */
    Query<T> orderBy(String... fields);

    /** Orders by the given orders, after any earlier ordering. */
    Query<T> orderBy(Order... orders);

    /** Returns at most {@code limit} records. */
    Query<T> limit(int limit);

    /** Skips the first {@code offset} records. */
    Query<T> offset(long offset);

    /**
     * Eager-loads relation paths such as {@code "posts"} or {@code "posts.comments"}: one
     * query per path level, whatever the number of rows.
     */
    Query<T> with(String... paths);

    /**
     * Eager-loads one relation path given by its relation constants, checked by the compiler:
     * {@code with(Author.POSTS, Post.COMMENTS)} is {@code with("posts.comments")}. Each relation after the
     * first must be declared on the previous one's target model. Call it once per path.
     */
    Query<T> with(RelationPath<?> first, RelationPath<?>... then);

    /**
     * Eager-loads one relation path with extra conditions on its last relation, for example
     * {@code with("posts", q -> q.where(Where.eq("published", true)))}. The loaded subset is
     * what these records' relation then returns.
     */
    Query<T> with(String path, UnaryOperator<Query<?>> scope);

    /**
     * Attaches to each loaded record the number of its related records (the relation's own condition and
     * limit apply): one grouped query per relation whatever the number of records, chunked like eager loads;
     * read it with the relation's {@code count(owner)} without a query. Zero for records without any.
     */
    Query<T> withCount(String relation);

    /** {@link #withCount(String)} of the related records that match a condition; read with {@code count(owner, condition)}. */
    Query<T> withCount(String relation, Predicate condition);

    /**
     * Attaches each record's sum of a numeric field of its related records (zero without any); read with {@code sum(owner, ...)}.
     */
    Query<T> withSum(String relation, String field);

    /** Attaches each record's smallest value of a field of its related records; read with {@code min(owner, ...)}. */
    Query<T> withMin(String relation, String field);

    /** Attaches each record's largest value of a field of its related records; read with {@code max(owner, ...)}. */
    Query<T> withMax(String relation, String field);

    /** Attaches each record's mean of a numeric field of its related records; read with {@code average(owner, ...)}. */
    Query<T> withAvg(String relation, String field);

    /** How relations of the loaded records load lazily; the database's mode by default. */
    Query<T> loadMode(LoadMode mode);

    /**
     * The records after {@code record} in this query's order (keyset pagination, also called seek): the order is
     * completed with the id, so ties are broken the same way every time, and nulls keep ar4j's portable place
     * (first ascending, last descending). {@code record} is typically the last one of the previous page.
     */
    Query<T> after(T record);

    /**
     * The first {@code size} records in this query's order (completed with the id) as a keyset page: one query
     * (for {@code size + 1} rows, to know whether more follow). Continue with {@code after(page.last().get())}.
     */
    Page<T> page(int size);

    /**
     * Page {@code number} (from 1) of {@code size} records, by offset, with the total count when
     * {@code withTotal} (one more query). Offsets shift when rows are added; prefer keyset pages for feeds.
     */
    Page<T> page(int number, int size, boolean withTotal);

    /** Runs the query and returns every record. */
    List<T> all();

    /** Runs the query with limit 1. */
    Optional<T> first();

    /** Runs the query and returns its only record; throws if there are none or several. */
    T one();

    /** Counts the records {@link #all()} would return: conditions, limit and offset apply; order does not matter. */
    long count();

    /** Whether any record matches. */
    boolean exists();

    /** The values of one field over the matching records, in query order. */
    <V> List<V> pluck(String field, Class<V> type);

    /**
     * The distinct values of one field over the matching records, in ascending order (null first when present).
     * Conditions only: no limit or offset.
     */
    <V> List<V> pluckDistinct(String field, Class<V> type);

    /**
     * The sum of a numeric field over the matching records, exact on every backend: a {@code Long} for int
     * and long fields, a {@code Double} for double, a {@code BigDecimal} for BigDecimal (with the declared
     * scale, else without trailing zeros; never through a binary float). Zero when no record has a value.
     * Conditions only: no limit or offset.
     */
    <V> V sum(String field, Class<V> type);

    /** The smallest value of a number, string or date field over the matching records; empty when none has one. */
    <V> Optional<V> min(String field, Class<V> type);

    /** The largest value of a number, string or date field over the matching records; empty when none has one. */
    <V> Optional<V> max(String field, Class<V> type);

    /** The mean of a numeric field's non-null values, as a double; empty when none has a value. */
    OptionalDouble average(String field);

    /**
     * Runs this query on the primary even where a database has read replicas: for a read that must see every
     * committed write, not only the caller's own. Its eager loads run there too.
     */
    Query<T> fromPrimary();

    /**
     * The records of one subclass (and its subclasses) of a model with single-table {@link org.ar4j.Inheritance}:
     * {@code Query<Car> cars = query(Vehicle.class).ofType(Car.class)}. The conditions, order and relations given so
     * far stay; fields and relations named after this are the subclass's.
     */
    <S extends T> Query<S> ofType(Class<S> subclass);

    /**
     * Groups the matching records by fields, for per-group aggregates: see {@link Grouping}. Conditions only (no
     * limit or offset).
     */
    Grouping groupBy(String... fields);

    /**
     * Streams the matching records without loading them all; close the stream (try-with-
     * resources) to release the cursor. Eager loading is not available on streams.
     */
    Stream<T> stream();

    /** Sets fields on every matching record in one statement; returns how many changed. */
    long updateAll(Map<String, ?> values);

    /**
     * Deletes every matching record in one statement, without hooks or cascades; conditions only (no order, limit or offset).
     * On a model with a {@link org.ar4j.SoftDelete} field it marks the rows instead ({@link #forceDeleteAll()} removes
     * them). Returns how many.
     */
    long deleteAll();

    /**
     * Deletes every matching row in one statement even where the model has a {@link org.ar4j.SoftDelete} field
     * (where {@link #deleteAll()} marks); the same as {@code deleteAll()} elsewhere. Returns how many.
     */
    long forceDeleteAll();

    // ---- scopes -----------------------------------------------------------------------------

    /**
     * Applies a named scope: a function that refines a query, usually a static method of the model such as
     * {@code static Query<Post> published(Query<Post> q) { return q.where("published", true); }}, used as
     * {@code Post.query().apply(Post::published)}. Scopes chain like any other builder call.
     */
    default Query<T> apply(UnaryOperator<Query<T>> scope) {
        org.ar4j.ArgumentException.requireNonNull(scope, "apply", "scope", "pass a method such as Post::published");
        Query<T> scoped = scope.apply(this);
        return org.ar4j.ArgumentException.requireNonNull(scoped, "apply", "query from the scope",
                "return the query the scope was given, refined");
    }

    /** The same query without any of the model's {@link DefaultScope}s, the soft-delete mark's included. */
    Query<T> unscoped();

    /** The same query without one of the model's {@link DefaultScope}s; refused for a scope it does not declare. */
    Query<T> unscoped(DefaultScope<? super T> scope);

    /** The same query reading rows {@link org.ar4j.SoftDelete marked deleted} too; refused on a model without. */
    Query<T> withDeleted();

    /** The same query reading only rows {@link org.ar4j.SoftDelete marked deleted}; refused on a model without. */
    Query<T> onlyDeleted();

    /** The model this query reads. */
    Class<T> modelType();

    // ---- typed fields (a generated metamodel's constants) ------------------------------------

    /** {@link #pluck(String, Class)} on a typed field. */
    default <V> List<V> pluck(Field<T, V> field) {
        return pluck(field.nameFor(modelType()), field.type());
    }

    /** {@link #pluckDistinct(String, Class)} on a typed field. */
    default <V> List<V> pluckDistinct(Field<T, V> field) {
        return pluckDistinct(field.nameFor(modelType()), field.type());
    }

    /** {@link #sum(String, Class)} on a typed field: a {@code Long}, {@code Double} or {@code BigDecimal}. */
    default <S extends Number> S sum(NumericField<T, ?, S> field) {
        return sum(field.nameFor(modelType()), field.sumType());
    }

    /** {@link #min(String, Class)} on a typed field. */
    default <V extends Comparable<? super V>> Optional<V> min(ComparableField<T, V> field) {
        return min(field.nameFor(modelType()), field.type());
    }

    /** {@link #max(String, Class)} on a typed field. */
    default <V extends Comparable<? super V>> Optional<V> max(ComparableField<T, V> field) {
        return max(field.nameFor(modelType()), field.type());
    }

    /** {@link #average(String)} on a typed field. */
    default OptionalDouble average(NumericField<T, ?, ?> field) {
        return average(field.nameFor(modelType()));
    }

    /** {@link #groupBy(String...)} on typed fields of this query's model. */
    default Grouping groupBy(Field<?, ?>... fields) {
        String[] names = new String[fields.length];
        for (int i = 0; i < fields.length; i++) {
            names[i] = fields[i].nameFor(modelType());
        }
        return groupBy(names);
    }

    /** {@link #updateAll(Map)} with typed assignments: {@code updateAll(Book_.price.set(p), Book_.stock.set(0))}. */
    default long updateAll(Assignment... values) {
        Map<String, Object> map = new java.util.LinkedHashMap<>();
        for (Assignment a : values) {
            map.put(a.field().nameFor(modelType()), a.value());
        }
        return updateAll(map);
    }

    /** {@link #with(String, UnaryOperator)} on a relation constant of this query's model. */
    <R extends ActiveRecord<R>> Query<T> with(RelationPath<R> relation, UnaryOperator<Query<R>> scope);

    /** {@link #withCount(String)} on a relation constant. */
    Query<T> withCount(RelationPath<?> relation);

    /** {@link #withCount(String, Predicate)} on a relation constant, with a condition on its target. */
    Query<T> withCount(RelationPath<?> relation, Predicate condition);

    /** {@link #withSum(String, String)} on a relation constant and a field of its target. */
    <R extends ActiveRecord<R>> Query<T> withSum(RelationPath<R> relation, NumericField<R, ?, ?> field);

    /** {@link #withMin(String, String)} on a relation constant and a field of its target. */
    <R extends ActiveRecord<R>> Query<T> withMin(RelationPath<R> relation, ComparableField<R, ?> field);

    /** {@link #withMax(String, String)} on a relation constant and a field of its target. */
    <R extends ActiveRecord<R>> Query<T> withMax(RelationPath<R> relation, ComparableField<R, ?> field);

    /** {@link #withAvg(String, String)} on a relation constant and a field of its target. */
    <R extends ActiveRecord<R>> Query<T> withAvg(RelationPath<R> relation, NumericField<R, ?, ?> field);

    // ---- projections and locking reads -------------------------------------------------------

    /**
     * Selects some fields instead of whole records: see {@link Projection}. Each item is a field of this query's
     * model or one BelongsTo step away ({@code Book_.writer.then(Writer_.name)}).
     */
    Projection select(Selectable<?>... fields);

    /**
     * Locks the matching rows until the transaction ends ({@code SELECT ... FOR UPDATE}): other writers and other
     * locking reads of them wait. Only inside a transaction; a {@link org.ar4j.QueryException} outside. SQLite
     * takes no row locks, but its write transaction already serialises writers, so it accepts this; MongoDB has no
     * locking read ({@link org.ar4j.Capability#LOCKING_READS}).
     */
    Query<T> forUpdate();

    /** Locks the matching rows against writers but not against other shared locks ({@code FOR SHARE}). */
    Query<T> forShare();

    /**
     * With {@link #forUpdate()} or {@link #forShare()}: skips rows another transaction has locked instead of
     * waiting, for job queues ({@code SKIP LOCKED}; capability {@link org.ar4j.Capability#SKIP_LOCKED}).
     */
    Query<T> skipLocked();

    /**
     * {@link #skipLocked()} where the backend can skip locked rows; elsewhere a plain locking read, which waits for
     * them. The portable choice for a job queue: where writers are serialised anyway (SQLite's one write lock)
     * there is nothing to skip, and claiming with a plain locking read is correct.
     */
    Query<T> skipLockedWherePossible();

    /**
     * With {@link #forUpdate()} or {@link #forShare()}: fails at once with a {@link org.ar4j.LockConflictException}
     * when a row is locked elsewhere, instead of waiting ({@code NOWAIT}; capability
     * {@link org.ar4j.Capability#SKIP_LOCKED}).
     */
    Query<T> noWait();
}
