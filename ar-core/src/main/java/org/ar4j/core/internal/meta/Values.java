package org.ar4j.core.internal.meta;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import org.ar4j.QueryException;
import org.ar4j.spi.ColumnType;
import java.nio.ByteBuffer;

/** Converts between field values, canonical column values and user-supplied query values. */
public final class Values {
    private Values() {
    }

    private static final Map<Class<?>, ColumnType> TYPES = Map.ofEntries(
            Map.entry(String.class, ColumnType.STRING),
            Map.entry(boolean.class, ColumnType.BOOLEAN), Map.entry(Boolean.class, ColumnType.BOOLEAN),
            Map.entry(int.class, ColumnType.INTEGER), Map.entry(Integer.class, ColumnType.INTEGER),
            Map.entry(long.class, ColumnType.LONG), Map.entry(Long.class, ColumnType.LONG),
            Map.entry(double.class, ColumnType.DOUBLE), Map.entry(Double.class, ColumnType.DOUBLE),
            Map.entry(BigDecimal.class, ColumnType.DECIMAL),
            Map.entry(Instant.class, ColumnType.INSTANT),
            // stored as the instant it names; read back at UTC
            Map.entry(java.time.OffsetDateTime.class, ColumnType.INSTANT),
            Map.entry(LocalDate.class, ColumnType.DATE),
            Map.entry(LocalDateTime.class, ColumnType.DATE_TIME),
            Map.entry(UUID.class, ColumnType.UUID),
            Map.entry(byte[].class, ColumnType.BYTES),
            // what @Json fields store, through their JSON converter
            Map.entry(org.ar4j.spi.JsonValue.class, ColumnType.JSON));

    /** The types a column stores (and a converter may store to), for error messages. */
    public static final String STORED = "String, boolean/Boolean, int/Integer, long/Long, double/Double, "
            + "BigDecimal, Instant, OffsetDateTime, LocalDate, LocalDateTime, UUID, byte[] and enums";

    /** The supported field types, for error messages. */
    public static final String SUPPORTED = STORED + "; " + BuiltInTypes.SUPPORTED + "; any type through @Convert"
            + " or a converter for the type on DatabaseBuilder";

    /** The column type of a Java field type, or null when unsupported. */
    public static ColumnType columnType(Class<?> javaType) {
        if (javaType.isEnum()) {
            return ColumnType.STRING;
        }
        return TYPES.get(javaType);
    }

    /** The boxed class of a primitive type; other types as they are. */
    public static Class<?> boxed(Class<?> t) {
        if (!t.isPrimitive()) {
            return t;
        }
        if (t == int.class) {
            return Integer.class;
        }
        if (t == long.class) {
            return Long.class;
        }
        if (t == boolean.class) {
            return Boolean.class;
        }
        if (t == double.class) {
            return Double.class;
        }
        return t == short.class ? Short.class : t == float.class ? Float.class : t == char.class ? Character.class
                : t == byte.class ? Byte.class : t;
    }

    /**
     * A parameter of native SQL ({@code db.sql}, {@code whereRaw}) as the canonical value a field of its Java type
     * would store, so the backend binds it as it binds that field (an Instant as the stored instant, a UUID as the
     * stored UUID, an enum by name); null when the Java type is none ar4j stores (the caller refuses it).
     */
    public static Object nativeParameter(Object value) {
        if (value instanceof Short || value instanceof Byte) {
            return ((Number) value).intValue();
        }
        if (value instanceof Float f) {
            return f.doubleValue();
        }
        if (value instanceof BigInteger b) {
            return new BigDecimal(b);
        }
        if (value instanceof Enum<?> || TYPES.containsKey(value.getClass())) {
            return toCanonical(null, value);
        }
        return null;
    }

    /**
     * Native SQL parameters as canonical values ({@link #nativeParameter}); an ArgumentException starting with
     * {@code caller} names one of a type ar4j does not store.
     */
    public static java.util.List<Object> nativeParameters(String caller, java.util.List<Object> given) {
        java.util.List<Object> params = new java.util.ArrayList<>(given.size());
        for (int i = 0; i < given.size(); i++) {
            Object v = given.get(i);
            Object canonical = v == null ? null : nativeParameter(v);
            if (v != null && canonical == null) {
                throw new org.ar4j.ArgumentException(caller + ": parameter " + (i + 1) + " is a " + v.getClass().getName()
                        + ", which ar4j does not bind; pass a value of a type a field can have (" + SUPPORTED
                        + "; also short, float, BigInteger)");
            }
            params.add(canonical);
        }
        return params;
    }

    /** A field's Java value as its canonical column value. */
    static Object toCanonical(FieldInfo f, Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof Instant i) {
            return i.truncatedTo(ChronoUnit.MICROS);
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant().truncatedTo(ChronoUnit.MICROS);
        }
        if (value instanceof LocalDateTime t) {
            return t.truncatedTo(ChronoUnit.MICROS);
        }
        if (value instanceof BigDecimal b && f != null && f.precision > 0) {
            return declaredScale(b, f.scale);
        }
        return normalize(value);
    }

    /**
     * A BigDecimal with exactly the declared scale, as a DECIMAL(p, s) column stores it on every backend:
     * 12.5 becomes 12.50 for scale 2. A value that would need rounding is left as it is, and refused when
     * written.
     */
    static BigDecimal declaredScale(BigDecimal b, int scale) {
        try {
            return b.setScale(scale);
        } catch (ArithmeticException needsRounding) {
            return b;
        }
    }

    /**
     * The portable form of a number: -0.0 becomes 0.0 (SQLite and MariaDB cannot store the sign, and
     * it compares equal everywhere), and a BigDecimal with a negative scale (2E+1) gets scale 0 (20),
     * as PostgreSQL stores it.
     */
    static Object normalize(Object value) {
        if (value instanceof Double d && d == 0.0d) {
            return 0.0d;
        }
        if (value instanceof BigDecimal b && b.scale() < 0) {
            return b.setScale(0);
        }
        return value;
    }

    /**
     * A stored value an int field cannot hold (backends hand such a value over as a Long instead of wrapping it):
     * refused on every backend alike, naming the model, the field and the value.
     */
    public static QueryException outOfIntRange(FieldInfo f, long value) {
        return new QueryException(f.qualifiedName() + ": the database holds " + value + ", which an "
                + f.javaType().getSimpleName() + " field cannot hold (" + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE
                + "); make the field a long or Long, or fix the stored value");
    }

    /** A canonical column value as the field's Java value. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static Object fromCanonical(FieldInfo f, Object value) {
        if (value == null) {
            return null;
        }
        if (f.storedType == java.time.OffsetDateTime.class) {
            return java.time.OffsetDateTime.ofInstant((Instant) value, java.time.ZoneOffset.UTC);
        }
        if (f.storedType.isEnum()) {
            try {
                return Enum.valueOf((Class) f.storedType, (String) value);
            } catch (IllegalArgumentException e) {
                throw new QueryException(f.qualifiedName() + ": the database holds '" + value
                        + "', which is not a constant of " + f.storedType.getSimpleName());
            }
        }
        return value;
    }

    /**
     * A value given in a query (where, updateAll) as the canonical value of the field's column.
     * Accepts the field's own type, its enum constant names, and lossless numeric widening;
     * anything else is a {@link QueryException} naming the field.
     */
    public static Object coerce(FieldInfo f, Object value) {
        if (value == null) {
            if (f.primitive) {
                throw new QueryException(f.qualifiedName() + " is a primitive " + f.javaType.getName()
                        + " and cannot be set to null; declare it as " + boxed(f.javaType).getSimpleName()
                        + " to allow nulls");
            }
            return null;
        }
        if (f.converter != null) {
            if (!boxed(f.javaType).isInstance(value)) {
                Object lenient = f.converter instanceof BuiltInTypes.BuiltIn<?, ?> b ? b.fromQuery(value) : null;
                if (lenient == null) {
                    throw wrongType(f, value);
                }
                value = lenient;
            }
            value = f.toStored(value);
        }
        if (f.storedType.isEnum()) {
            if (f.storedType.isInstance(value)) {
                return ((Enum<?>) value).name();
            }
            if (value instanceof String s && f.converter == null) {
                for (Object c : f.storedType.getEnumConstants()) {
                    if (((Enum<?>) c).name().equals(s)) {
                        return s;
                    }
                }
            }
            throw wrongType(f, value);
        }
        ColumnType t = f.type;
        Object canonical = switch (t) {
            case STRING -> value instanceof String ? value : null;
            case BOOLEAN -> value instanceof Boolean ? value : null;
            case INTEGER -> value instanceof Integer ? value : integral(value, Integer.MIN_VALUE,
                    Integer.MAX_VALUE) ? Integer.valueOf(((Number) value).intValue()) : null;
            case LONG -> value instanceof Long ? value
                    : integral(value, Long.MIN_VALUE, Long.MAX_VALUE) ? Long.valueOf(((Number) value).longValue()) : null;
            case DOUBLE -> value instanceof Double || value instanceof Float || value instanceof Integer
                    || value instanceof Short || value instanceof Byte ? Double.valueOf(((Number) value).doubleValue()) : null;
            case DECIMAL -> value instanceof BigDecimal ? value
                    : value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte
                    ? BigDecimal.valueOf(((Number) value).longValue())
                    : value instanceof BigInteger b ? new BigDecimal(b) : null;
            case INSTANT -> value instanceof Instant i ? i.truncatedTo(ChronoUnit.MICROS)
                    : value instanceof java.time.OffsetDateTime o ? o.toInstant().truncatedTo(ChronoUnit.MICROS) : null;
            case DATE -> value instanceof LocalDate ? value : null;
            case DATE_TIME -> value instanceof LocalDateTime d ? d.truncatedTo(ChronoUnit.MICROS) : null;
            case UUID -> value instanceof UUID ? value : null;
            case BYTES -> value instanceof byte[] ? value : null;
            case JSON -> value instanceof org.ar4j.spi.JsonValue ? value : null;
        };
        if (canonical == null) {
            throw wrongType(f, value);
        }
        return normalize(canonical);
    }

    private static boolean integral(Object v, long min, long max) {
        if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            long l = ((Number) v).longValue();
            return l >= min && l <= max;
        }
        return false;
    }

    private static QueryException wrongType(FieldInfo f, Object value) {
        String shown = value instanceof byte[] b ? "byte[" + b.length + "]" : String.valueOf(value);
        if (shown.length() > 60) {
            shown = shown.substring(0, 57) + "...";
        }
        return new QueryException("Wrong value type for " + f.qualifiedName() + ": it is "
                + f.javaType.getSimpleName() + ", but the value given is " + value.getClass().getSimpleName()
                + " '" + shown + "'; pass a " + boxed(f.javaType).getSimpleName());
    }

    /** A key value from one side converted to the other side's column type (Integer vs Long). */
    public static Object coerceKey(FieldInfo key, Object canonical) {
        if (canonical instanceof Number n) {
            return switch (key.type()) {
                case INTEGER -> canonical instanceof Integer ? canonical : Integer.valueOf(n.intValue());
                case LONG -> canonical instanceof Long ? canonical : Long.valueOf(n.longValue());
                default -> canonical;
            };
        }
        return canonical;
    }

    /** A canonical key normalized for map lookups across integer column types. */
    public static Object key(Object canonical) {
        if (canonical instanceof Integer i) {
            return i.longValue();
        }
        if (canonical instanceof byte[] b) {
            return ByteBuffer.wrap(b);
        }
        return canonical;
    }
}
