package org.ar4j.core.internal.query;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import org.ar4j.QueryException;
import org.ar4j.query.GroupRow;

/** One group: values by group field name and aggregate name. */
final class GroupRowImpl implements GroupRow {
    private final String model;
    private final Map<String, Object> values;

    GroupRowImpl(String model, Map<String, Object> values) {
        this.model = model;
        this.values = values;
    }

    private Object value(String name, String asked) {
        if (!values.containsKey(name)) {
            throw new QueryException("This group of " + model + " has no " + name + ": ask for it with " + asked
                    + " on the Grouping. It has: " + String.join(", ", values.keySet()));
        }
        return values.get(name);
    }

    private static <V> V typed(String name, Object v, Class<V> type) {
        if (v != null && !type.isInstance(v)) {
            throw new QueryException(name + " is a " + v.getClass().getSimpleName() + "; ask for "
                    + v.getClass().getSimpleName() + ".class");
        }
        return type.cast(v);
    }

    @Override
    public <V> V get(String field, Class<V> type) {
        return typed(field, value(field, "groupBy(\"" + field + "\")"), type);
    }

    @Override
    public long count() {
        return (Long) value("count", "count()");
    }

    @Override
    public <V> V sum(String field, Class<V> type) {
        return typed("sum(" + field + ")", value("sum(" + field + ")", "sum(\"" + field + "\")"), type);
    }

    @Override
    public <V> Optional<V> min(String field, Class<V> type) {
        return Optional.ofNullable(typed("min(" + field + ")", value("min(" + field + ")", "min(\"" + field + "\")"), type));
    }

    @Override
    public <V> Optional<V> max(String field, Class<V> type) {
        return Optional.ofNullable(typed("max(" + field + ")", value("max(" + field + ")", "max(\"" + field + "\")"), type));
    }

    @Override
    public OptionalDouble average(String field) {
        Object v = value("avg(" + field + ")", "average(\"" + field + "\")");
        return v == null ? OptionalDouble.empty() : OptionalDouble.of((Double) v);
    }

    @Override
    public String toString() {
        return "GroupRow" + values;
    }
}
