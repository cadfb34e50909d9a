package org.ar4j.core.internal.meta;

import java.lang.invoke.MethodHandle;
import java.util.LinkedHashSet;
import java.util.Set;

import org.ar4j.Ar4jException;
import org.ar4j.ConversionException;
import org.ar4j.QueryException;
import org.ar4j.Convert;
import org.ar4j.IdGenerator;
import org.ar4j.ValueConverter;
import org.ar4j.spi.ColumnSpec;
import org.ar4j.spi.ColumnType;

/**
 * One mapped field: its Java and column names, its portable type, and method handles that read
 * and write it without reflection on the hot path.
 */
public final class FieldInfo {
    final String model;
    final String javaName;
    final String column;
    final Class<?> javaType;
    /** The type whose values the column stores: the converter's stored type, else the Java type. */
    final Class<?> storedType;
    /** The field's converter, or null. */
    final ValueConverter<Object, Object> converter;
    /** The field's converter when it is a {@link org.ar4j.Json} field, or null. */
    private final JsonConverter json;
    /** The JVM's generator of this id, or null. */
    final IdGenerator generator;
    final ColumnType type;
    final boolean primitive;
    final boolean id;
    final boolean generated;
    final boolean unique;
    final boolean notNull;
    final boolean version;
    final int length;
    final int precision;
    /** Whether a fixed-width string column pads the values it stores (trailing spaces are dropped on reading). */
    final boolean fixedWidth;
    final boolean smallInteger;
    /** Whether a null value is left out of an insert for the database's default (read back after). */
    final boolean insertDefault;
    final int scale;
    final int index;
    private final MethodHandle getter;
    private final MethodHandle setter;
    /** Whether the Java value is already the canonical stored value (no enum, time, decimal or double to adjust). */
    private final boolean asStored;

    /**
     * What a field declares, as read from its annotations and type.
     *
     * @param model the model's name
     * @param javaName the Java field name
     * @param column the column name
     * @param mapping the declared Java type and the converter to its stored type, if any
     * @param type the portable column type
     * @param roles what the field is besides a value
     * @param size the declared length, precision and scale
     */
    record Declaration(String model, String javaName, String column, Mapping mapping, ColumnType type, Roles roles,
                       ColumnSpec.Size size) {
    }

    /**
     * How a field's Java value becomes a stored one.
     *
     * @param javaType  the declared Java type
     * @param converter the {@link Convert} converter to the stored type, or null when the Java type is stored as it is
     * @param generator the id generator made in the JVM ({@code @Id(generated/generator)}), or null
     */
    record Mapping(Class<?> javaType, ValueConverter<?, ?> converter, IdGenerator generator) {
    }

    /**
     * What a field is besides a value.
     *
     * @param id whether it is the @Id
     * @param generated whether the id is generated
     * @param unique whether it is unique
     * @param notNull whether it is declared not null
     * @param version whether it is the @Version
     */
    record Roles(boolean id, boolean generated, boolean unique, boolean notNull, boolean version) {
    }

    FieldInfo(Declaration d, int index, MethodHandle getter, MethodHandle setter) {
        this.model = d.model();
        this.javaName = d.javaName();
        this.column = d.column();
        this.javaType = d.mapping().javaType();
        this.converter = converter(d.mapping().converter());
        this.json = d.mapping().converter() instanceof JsonConverter j ? j : null;
        this.generator = d.mapping().generator();
        this.storedType = converter == null ? javaType : converter.storedType();
        this.type = d.type();
        this.primitive = javaType.isPrimitive();
        this.id = d.roles().id();
        this.generated = d.roles().generated();
        this.unique = d.roles().unique();
        this.notNull = d.roles().notNull();
        this.version = d.roles().version();
        this.length = d.size().length();
        this.precision = d.size().precision();
        this.fixedWidth = d.size().fixedWidth();
        this.smallInteger = d.size().smallInteger();
        this.insertDefault = d.size().insertDefault();
        this.scale = d.size().scale();
        this.index = index;
        this.getter = getter;
        this.setter = setter;
        this.asStored = converter == null && java.util.Set.<Class<?>>of(Long.class, long.class, Integer.class, int.class,
                String.class, Boolean.class, boolean.class, java.util.UUID.class, java.time.LocalDate.class).contains(javaType);
    }

    /** The Java field name. */
    public String javaName() {
        return javaName;
    }

    /** The column name. */
    public String column() {
        return column;
    }

    /** The portable column type. */
    public ColumnType type() {
        return type;
    }

    /** The declared Java type. */
    public Class<?> javaType() {
        return javaType;
    }

    /** Whether this key can refer to {@code referenced}: the same type, or both integers of any width. */
    public boolean canReferTo(FieldInfo referenced) {
        return type == referenced.type || (integral(type) && integral(referenced.type));
    }

    private static boolean integral(ColumnType t) {
        return t == ColumnType.INTEGER || t == ColumnType.LONG;
    }

    /** Whether this is the id. */
    public boolean isId() {
        return id;
    }

    /** Whether the backend generates this id. */
    public boolean isGenerated() {
        return generated;
    }

    /** Whether a new record gets this id when it is inserted: from the backend, or from a generator in the JVM. */
    public boolean assignedOnInsert() {
        return generated || generator != null;
    }

    /** Whether this id is made in the JVM by a generator ({@code @Id(generated = ...)} or {@code generator}). */
    public boolean madeInJvm() {
        return generator != null;
    }

    /**
     * Gives a new record without an id one from the field's generator, checked to be of the field's type; does nothing
     * without a generator or with an id set.
     */
    public void generateId(Object record) {
        if (generator == null || javaValue(record) != null) {
            return;
        }
        Object id = generator.next();
        if (id == null || !Values.boxed(javaType).isInstance(id)) {
            throw new ConversionException(qualifiedName() + ": the id generator " + generator.getClass().getName()
                    + " made " + (id == null ? "null" : "a " + id.getClass().getName()) + ", not a "
                    + javaType.getSimpleName() + "; fix the generator; nothing was written", null);
        }
        setJavaValue(record, id);
    }

    /** Whether this is the optimistic-locking version. */
    public boolean isVersion() {
        return version;
    }

    /** Position among the model's fields, also its column position in full selects. */
    public int index() {
        return index;
    }

    /** The text values an enum field stores (its constants' names or {@code @EnumValue} labels); empty otherwise. */
    public Set<String> storedEnumTexts() {
        if (!javaType.isEnum() || type != ColumnType.STRING) {
            return Set.of();
        }
        Set<String> out = new LinkedHashSet<>();
        for (Object constant : javaType.getEnumConstants()) {
            Object stored = converter == null ? ((Enum<?>) constant).name() : converter.toStored(constant);
            out.add(String.valueOf(stored));
        }
        return out;
    }

    /** Whether a null value of this field is left out of an insert, for the column's default to fill. */
    public boolean insertDefault() {
        return insertDefault;
    }

    /** {@code Model.field}, for messages. */
    public String qualifiedName() {
        return model + "." + javaName;
    }

    /** The field's value as the Java object in the field. */
    public Object javaValue(Object record) {
        try {
            return getter.invokeExact(record);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** Writes a Java value into the field. */
    public void setJavaValue(Object record, Object value) {
        if (value == null && primitive) {
            throw nullIntoPrimitive();
        }
        try {
            setter.invokeExact(record, value);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** The field's value as stored: in the column's canonical type. */
    public Object storedValue(Object record) {
        Object v = javaValue(record);
        return asStored ? v : Values.toCanonical(this, converter == null ? v : toStored(v));
    }

    /**
     * Whether two stored values of this field are the same (change tracking): JSON documents by meaning, byte arrays
     * by content, the rest by equals.
     */
    public boolean sameStored(Object a, Object b) {
        if (json != null) {
            return json.same(a, b);
        }
        if (a instanceof byte[] x && b instanceof byte[] y) {
            return java.util.Arrays.equals(x, y);
        }
        return java.util.Objects.equals(a, b);
    }

    /** Whether the field is stored through a {@link ValueConverter}. */
    public boolean converted() {
        return converter != null;
    }

    /** A Java value of the field as the converter stores it (null stays null), checked. */
    Object toStored(Object value) {
        if (value == null) {
            return null;
        }
        Object stored;
        try {
            stored = converter.toStored(value);
        } catch (RuntimeException e) {
            throw conversionFailed("toStored", value, "threw " + e, e);
        }
        if (stored == null || !Values.boxed(storedType).isInstance(stored)) {
            throw conversionFailed("toStored", value, stored == null ? "returned null" : "returned a "
                    + stored.getClass().getName() + ", not the " + storedType.getName() + " it declares", null);
        }
        return stored;
    }

    private Object fromConverter(Object stored) {
        Object value;
        try {
            value = converter.fromStored(stored);
        } catch (RuntimeException e) {
            throw converter instanceof BuiltInTypes.BuiltIn ? unreadable(stored, e)
                    : conversionFailed("fromStored", stored, "threw " + e, e);
        }
        if (value == null || !Values.boxed(javaType).isInstance(value)) {
            throw conversionFailed("fromStored", stored, value == null ? "returned null" : "returned a "
                    + value.getClass().getName() + ", not a " + javaType.getName(), null);
        }
        return value;
    }

    /** A stored value a built-in type cannot hold (a short column holding 40000): refused as any unreadable value. */
    private QueryException unreadable(Object stored, Throwable cause) {
        return new QueryException(qualifiedName() + ": the database holds " + stored + ", which a "
                + javaType.getSimpleName() + " field cannot hold (" + cause.getMessage() + "); fix the stored value, or"
                + " give the field a wider type");
    }

    private ConversionException conversionFailed(String method, Object given, String what, Throwable cause) {
        String shown = String.valueOf(given);
        String by = converter instanceof BuiltInTypes.BuiltIn ? "the " + javaType.getSimpleName() + " mapping"
                : converter.getClass().getName();
        return new ConversionException(qualifiedName() + ": " + by + "." + method + "("
                + (shown.length() > 60 ? shown.substring(0, 57) + "..." : shown) + ") " + what
                + "; fix the converter (it must map every value, never to null); nothing was written", cause);
    }

    @SuppressWarnings("unchecked")
    private static ValueConverter<Object, Object> converter(ValueConverter<?, ?> c) {
        return (ValueConverter<Object, Object>) c;
    }

    /** Writes a stored (canonical) column value into the field. */
    public void setStoredValue(Object record, Object canonical) {
        setJavaValue(record, fromStored(canonical));
    }

    private Ar4jException nullIntoPrimitive() {
        return new Ar4jException(qualifiedName() + " is a primitive " + javaType.getName()
                + " and cannot hold null; declare it as " + Values.boxed(javaType).getSimpleName() + " to allow nulls");
    }

    /** What {@link #setStoredValue} writes: the Java value of a stored one, refused when null for a primitive. */
    Object javaFromStored(Object canonical) {
        Object v = fromStored(canonical);
        if (v == null && primitive) {
            throw nullIntoPrimitive();
        }
        return v;
    }

    /** The field's setter, (Object record, Object value)void. */
    MethodHandle setter() {
        return setter;
    }

    /** A stored (canonical) column value as this field's Java value (boxed), without a record. */
    public Object fromStored(Object canonical) {
        Object value = canonical;
        if (type == ColumnType.INTEGER && canonical instanceof Long wide) {
            if (wide != (int) (long) wide) {
                throw Values.outOfIntRange(this, wide);
            }
            value = (int) (long) wide;
        } else if (fixedWidth && canonical instanceof String s) {
            value = unpadded(s);
        }
        if (asStored) {
            return value;
        }
        Object java = Values.fromCanonical(this, value);
        return converter == null || java == null ? java : fromConverter(java);
    }

    /** The column description for schema operations. */
    public ColumnSpec columnSpec() {
        return new ColumnSpec(column, type, !(primitive || id || notNull || version),
                id ? generated ? ColumnSpec.Key.GENERATED : ColumnSpec.Key.ASSIGNED : ColumnSpec.Key.NONE, unique, javaName,
                new ColumnSpec.Size(length, precision, scale, fixedWidth, smallInteger, insertDefault));
    }

    /** A fixed-width column's value without the spaces the database padded it with. */
    private static String unpadded(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == ' ') {
            end--;
        }
        return end == s.length() ? s : s.substring(0, end);
    }

    static RuntimeException rethrow(Throwable t) {
        if (t instanceof RuntimeException r) {
            return r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        return new Ar4jException(t.toString(), t);
    }

    @Override
    public String toString() {
        return javaName.equals(column) ? javaName : javaName + " (" + column + ")";
    }
}
