package org.ar4j.processor;

import java.util.Map;

import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;
import javax.lang.model.element.ElementKind;

/** Which typed field class a mapped Java type gets; the same supported types as ar4j's runtime mapping. */
final class FieldKinds {
    static final String SUPPORTED = "String, boolean/Boolean, int/Integer, long/Long, double/Double, BigDecimal,"
            + " Instant, OffsetDateTime, LocalDate, LocalDateTime, UUID, byte[], enums; short/Short, float/Float,"
            + " char/Character, BigInteger, LocalTime, Duration, Year, YearMonth, URI, ZonedDateTime; any type through"
            + " @Convert";

    /**
     * One field kind.
     *
     * @param factory the {@code Field} factory method
     * @param type    the declared type of the constant, with {@code M} for the model
     * @param args    the factory's arguments after the model class and name
     */
    record Kind(String factory, String type, String args) {
    }

    private static final Map<String, Kind> BY_NAME = Map.ofEntries(
            Map.entry("java.lang.String", new Kind("string", "org.ar4j.query.StringField<M>", "")),
            Map.entry("java.lang.Boolean", plain("java.lang.Boolean")),
            Map.entry("java.lang.Integer", numeric("java.lang.Integer", "java.lang.Long")),
            Map.entry("java.lang.Long", numeric("java.lang.Long", "java.lang.Long")),
            Map.entry("java.lang.Double", numeric("java.lang.Double", "java.lang.Double")),
            Map.entry("java.math.BigDecimal", numeric("java.math.BigDecimal", "java.math.BigDecimal")),
            Map.entry("java.time.Instant", ordered("java.time.Instant")),
            Map.entry("java.time.OffsetDateTime", ordered("java.time.OffsetDateTime")),
            Map.entry("java.time.LocalDate", ordered("java.time.LocalDate")),
            Map.entry("java.time.LocalDateTime", ordered("java.time.LocalDateTime")),
            Map.entry("java.util.UUID", ordered("java.util.UUID")),
            // stored through built-in mappings that keep their order (see ar4j's docs/types.md)
            Map.entry("java.lang.Short", ordered("java.lang.Short")),
            Map.entry("java.lang.Float", ordered("java.lang.Float")),
            Map.entry("java.lang.Character", ordered("java.lang.Character")),
            Map.entry("java.math.BigInteger", ordered("java.math.BigInteger")),
            Map.entry("java.time.LocalTime", ordered("java.time.LocalTime")),
            Map.entry("java.time.Duration", ordered("java.time.Duration")),
            Map.entry("java.time.Year", ordered("java.time.Year")),
            Map.entry("java.time.YearMonth", ordered("java.time.YearMonth")),
            Map.entry("java.net.URI", ordered("java.net.URI")),
            Map.entry("java.time.ZonedDateTime", ordered("java.time.ZonedDateTime")));

    private FieldKinds() {
    }

    private static Kind plain(String type) {
        return new Kind("of", "org.ar4j.query.Field<M, " + type + ">", ", " + type + ".class");
    }

    private static Kind ordered(String type) {
        return new Kind("ordered", "org.ar4j.query.ComparableField<M, " + type + ">", ", " + type + ".class");
    }

    private static Kind numeric(String type, String sum) {
        return new Kind("numeric", "org.ar4j.query.NumericField<M, " + type + ", " + sum + ">",
                ", " + type + ".class, " + sum + ".class");
    }

    /** Whether a type is a {@code List}, {@code Set} or {@code Collection} of one of the scalars ar4j stores as JSON. */
    static boolean isScalarList(TypeMirror t, Types types) {
        if (t.getKind() != TypeKind.DECLARED || ((DeclaredType) t).getTypeArguments().size() != 1) {
            return false;
        }
        String raw = types.erasure(t).toString();
        String element = types.erasure(((DeclaredType) t).getTypeArguments().get(0)).toString();
        return java.util.Set.of("java.util.List", "java.util.Set", "java.util.Collection").contains(raw)
                && java.util.Set.of("java.lang.String", "java.lang.Integer", "java.lang.Long", "java.lang.Double",
                "java.math.BigDecimal", "java.lang.Boolean", "java.util.UUID").contains(element);
    }

    /** Whether a type can be an id: Long or Integer (generated), String or UUID (assigned). */
    static boolean isIdType(TypeMirror t, Types types) {
        TypeMirror boxed = t.getKind().isPrimitive() ? types.boxedClass(types.getPrimitiveType(t.getKind())).asType() : t;
        return java.util.Set.of("java.lang.Long", "java.lang.Integer", "java.lang.String", "java.util.UUID")
                .contains(types.erasure(boxed).toString());
    }

    /**
     * The kind of a field stored through a converter: a plain field of its own type (equality and IN take values of
     * that type; the database orders by the stored value), or null for a type a constant cannot name.
     */
    static Kind converted(TypeMirror t, Types types) {
        return t.getKind() == TypeKind.DECLARED && ((DeclaredType) t).getTypeArguments().isEmpty()
                ? plain(types.erasure(t).toString()) : null;
    }

    /** The kind of a field's type, or null when ar4j cannot map it. */
    static Kind of(TypeMirror t, Types types) {
        switch (t.getKind()) {
            case BOOLEAN:
            case INT:
            case LONG:
            case DOUBLE:
            case SHORT:
            case FLOAT:
            case CHAR:
                return of(types.boxedClass(types.getPrimitiveType(t.getKind())).asType(), types);
            case ARRAY:
                return ((ArrayType) t).getComponentType().getKind() == TypeKind.BYTE ? plain("byte[]") : null;
            case DECLARED:
                DeclaredType d = (DeclaredType) t;
                if (d.asElement().getKind() == ElementKind.ENUM) {
                    // stored by name, so compared by name in the database: equality and IN only
                    return plain(types.erasure(t).toString());
                }
                return d.getTypeArguments().isEmpty() ? BY_NAME.get(types.erasure(t).toString()) : null;
            default:
                return null;
        }
    }
}
