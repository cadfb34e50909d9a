package org.ar4j.query;

import org.ar4j.ArgumentException;

/**
 * A condition a model applies to every read and bulk write of its records: queries, {@code find}, relation loads,
 * {@code has}, aggregates, pages, streams, projections, {@code updateAll} and {@code deleteAll}. Declare it as a
 * {@code public static final} constant of the model; its name is the constant's name in camelCase.
 *
 * <pre>{@code
 * public static final DefaultScope<Post> VISIBLE = DefaultScope.of(Where.eq("hidden", false));
 * }</pre>
 *
 * <p>A query leaves it out only when asked: {@link Query#unscoped(DefaultScope)} for this one,
 * {@link Query#unscoped()} for all of them. Writes of single records ({@code save}, {@code delete},
 * {@code reload}) go by key and are not filtered. Immutable.
 *
 * @param <T> the model it filters
 */
public final class DefaultScope<T> {
    private final Predicate condition;

    private DefaultScope(Predicate condition) {
        this.condition = condition;
    }

    /** A default scope holding {@code condition}, written on the model's field names. */
    public static <T> DefaultScope<T> of(Predicate condition) {
        ArgumentException.requireNonNull(condition, "DefaultScope.of", "condition",
                "pass a condition such as Where.eq(\"hidden\", false)");
        return new DefaultScope<>(condition);
    }

    /** The condition every read of the model carries. */
    public Predicate condition() {
        return condition;
    }

    @Override
    public String toString() {
        return "DefaultScope[" + condition + "]";
    }
}
