package org.ar4j.core.internal.meta;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.ar4j.Json;
import org.ar4j.ModelDefinitionException;
import org.ar4j.QueryException;
import org.ar4j.query.Predicate;
import org.ar4j.spi.ColumnType;
import org.ar4j.spi.Filter;
import org.ar4j.spi.IndexSpec;
import org.ar4j.spi.JsonValue;

/**
 * Names of values inside JSON documents: {@code "specs.color"} is the key {@code color} of the {@code @Json} field
 * {@code specs}; a segment of digits is an array index ({@code "specs.sizes.0"}). Operands are JSON scalars: a String,
 * a number (as an exact BigDecimal) or a Boolean.
 */
final class JsonPaths {
    private JsonPaths() {
    }

    /**
     * A JSON field and a path inside it.
     *
     * @param field the {@code @Json} field
     * @param path  keys and indexes below it; empty for the field itself
     * @param name  the name as written, for messages
     */
    record Target(FieldInfo field, List<Object> path, String name) {
        /** The filter testing this path against an operand (null for the null tests). */
        Filter filter(Filter.Json.Test test, Object operand) {
            Object v = null;
            if (operand == null && test != Filter.Json.Test.IS_NULL && test != Filter.Json.Test.IS_NOT_NULL) {
                throw new QueryException("Comparison on " + where() + " with null; use isNull/isNotNull");
            }
            if (operand != null) {
                v = scalar(operand);
            }
            return new Filter.Json(field.column(), path, test, v);
        }

        private String where() {
            return field.model + "." + name;
        }

        private Object scalar(Object v) {
            if (v instanceof String || v instanceof Boolean) {
                return v;
            }
            boolean exact = v instanceof BigDecimal || v instanceof BigInteger || v instanceof Integer
                    || v instanceof Long || v instanceof Short || v instanceof Byte;
            if (exact || (v instanceof Double || v instanceof Float) && Double.isFinite(((Number) v).doubleValue())) {
                return JsonValue.decimal((Number) v);
            }
            throw new QueryException(where() + " is a value inside a JSON document, compared with a "
                    + v.getClass().getName() + "; compare it with a String, a number or a Boolean");
        }
    }

    /** The JSON target a name denotes: a {@code @Json} field itself, or a path inside one; null for other names. */
    static Target target(ModelInfo model, String name) {
        if (name == null) {
            return null;
        }
        FieldInfo whole = model.findField(name);
        if (whole != null) {
            return whole.type() == ColumnType.JSON ? new Target(whole, List.of(), name) : null;
        }
        for (int dot = name.lastIndexOf('.'); dot > 0; dot = name.lastIndexOf('.', dot - 1)) {
            FieldInfo f = model.findField(name.substring(0, dot));
            if (f != null) {
                if (f.type() != ColumnType.JSON) {
                    return null;
                }
                return new Target(f, path(model, name, name.substring(dot + 1)), name);
            }
        }
        return null;
    }

    private static List<Object> path(ModelInfo model, String name, String rest) {
        return steps(rest, s -> new QueryException(model.name() + "." + name + ": the path segment '" + s + "' cannot be"
                + " queried portably; " + KEYS));
    }

    private static final String KEYS = "use keys that are not empty, do not start with '$' and hold no quote, backslash"
            + " or control character";

    private static List<Object> steps(String rest, Function<String, RuntimeException> bad) {
        List<Object> out = new ArrayList<>();
        for (String s : rest.split("\\.", -1)) {
            if (s.isEmpty() || s.startsWith("$") || s.indexOf('"') >= 0 || s.indexOf('\\') >= 0
                    || s.chars().anyMatch(c -> c < 0x20)) {
                throw bad.apply(s);
            }
            out.add(s.chars().allMatch(Character::isDigit) && s.length() < 10 ? (Object) Integer.valueOf(s) : s);
        }
        return out;
    }

    /** The path indexes a {@code @Json(indexed = ...)} field declares (none for other fields). */
    static List<IndexSpec> indexes(String table, FieldInfo f, Field declared) {
        Json json = declared.getAnnotation(Json.class);
        if (json == null || json.indexed().length == 0) {
            return List.of();
        }
        List<IndexSpec> out = new ArrayList<>();
        for (String p : json.indexed()) {
            String where = f.qualifiedName() + ": @Json(indexed = \"" + p + "\")";
            List<Object> path = steps(p, s -> new ModelDefinitionException(where + " has the path segment '" + s
                    + "', which cannot be indexed portably; " + KEYS));
            StringBuilder name = new StringBuilder(f.column());
            path.forEach(step -> name.append('_').append(step));
            IndexSpec ix = new IndexSpec(Naming.indexName("ix", table, name.toString()), List.of(f.column()), false, path);
            if (out.stream().anyMatch(o -> o.name().equals(ix.name()))) {
                throw new ModelDefinitionException(where + " names a path twice, or one whose index name " + ix.name()
                        + " another path has: index each path once");
            }
            out.add(ix);
        }
        return out;
    }

    /** The JSON test of a comparison operator. */
    static Filter.Json.Test test(Predicate.Operator op) {
        return switch (op) {
            case EQ -> Filter.Json.Test.EQ;
            case NE -> Filter.Json.Test.NE;
            case LT -> Filter.Json.Test.LT;
            case LE -> Filter.Json.Test.LE;
            case GT -> Filter.Json.Test.GT;
            case GE -> Filter.Json.Test.GE;
        };
    }
}
