package org.ar4j.backend.memory;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.ar4j.spi.Filter;
import org.ar4j.spi.JsonValue;

/** {@link Filter.Json} on a stored document's plain tree, in three-valued logic (null: UNKNOWN). */
final class MemoryJson {
    /** What a path found: nothing, or a value (maybe JSON null). */
    private static final Object MISSING = new Object();

    private MemoryJson() {
    }

    static Boolean test(Object stored, Filter.Json f) {
        Object v = stored == null ? MISSING : at(((JsonValue) stored).tree(), f.path());
        return switch (f.test()) {
            case IS_NULL -> v == MISSING || v == null;
            case IS_NOT_NULL -> v != MISSING && v != null;
            case CONTAINS -> v instanceof List<?> l
                    ? l.stream().anyMatch(e -> Integer.valueOf(0).equals(compare(e, f.value()))) : null;
            default -> {
                Integer c = v == MISSING ? null : compare(v, f.value());
                yield c == null ? null : switch (f.test()) {
                    case EQ -> c == 0;
                    case NE -> c != 0;
                    case LT -> c < 0;
                    case LE -> c <= 0;
                    case GT -> c > 0;
                    default -> c >= 0;
                };
            }
        };
    }

    private static Object at(Object tree, List<Object> path) {
        Object v = tree;
        for (Object step : path) {
            if (step instanceof String key && v instanceof Map<?, ?> m && m.containsKey(key)) {
                v = m.get(key);
            } else if (step instanceof Integer i && v instanceof List<?> l && i < l.size()) {
                v = l.get(i);
            } else {
                return MISSING;
            }
        }
        return v;
    }

    /** The order of a JSON scalar and an operand of the same kind; null for another kind. */
    private static Integer compare(Object v, Object operand) {
        if (v instanceof String s && operand instanceof String o) {
            return MemoryValues.codePoints(s, o);
        }
        if (v instanceof Boolean b && operand instanceof Boolean o) {
            return Boolean.compare(b, o);
        }
        if (v instanceof Number n && operand instanceof BigDecimal o) {
            return JsonValue.decimal(n).compareTo(o);
        }
        return null;
    }
}
