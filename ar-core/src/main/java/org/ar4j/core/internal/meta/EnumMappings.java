package org.ar4j.core.internal.meta;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;

import org.ar4j.EnumValue;
import org.ar4j.Enumerated;
import org.ar4j.ModelDefinitionException;

/**
 * Enum fields stored otherwise than by name, as built-in converters: by ordinal ({@link Enumerated}), or by the value
 * the enum marks with {@link EnumValue}. Made once per model field; a stored value no constant has reads as a
 * {@code QueryException} naming the field.
 */
final class EnumMappings {
    private EnumMappings() {
    }

    /** The converter of an enum field stored by ordinal or declared value, or null for the default (by name). */
    static BuiltInTypes.BuiltIn<?, ?> of(String where, Class<?> type, Enumerated enumerated) {
        AccessibleObject marked = marked(where, type);
        if (marked != null) {
            return byValue(where, type, marked);
        }
        return enumerated != null && enumerated.value() == Enumerated.By.ORDINAL ? byOrdinal(type) : null;
    }

    private static AccessibleObject marked(String where, Class<?> type) {
        AccessibleObject found = null;
        for (Field f : type.getDeclaredFields()) {
            if (f.isAnnotationPresent(EnumValue.class)) {
                found = one(where, type, found, f);
            }
        }
        for (Method m : type.getDeclaredMethods()) {
            if (m.isAnnotationPresent(EnumValue.class)) {
                if (m.getParameterCount() != 0) {
                    throw new ModelDefinitionException(where + ": " + type.getSimpleName() + "." + m.getName()
                            + " is marked @EnumValue but takes parameters; mark a field or a no-argument method");
                }
                found = one(where, type, found, m);
            }
        }
        return found;
    }

    private static AccessibleObject one(String where, Class<?> type, AccessibleObject found, AccessibleObject next) {
        if (found != null) {
            throw new ModelDefinitionException(where + ": " + type.getSimpleName() + " marks two members @EnumValue ("
                    + ((Member) found).getName() + ", " + ((Member) next).getName() + "); keep it on one");
        }
        return next;
    }

    private static BuiltInTypes.BuiltIn<Object, Object> byValue(String where, Class<?> type, AccessibleObject member) {
        Class<?> stored = Values.boxed(member instanceof Field f ? f.getType() : ((Method) member).getReturnType());
        if (Values.columnType(stored) == null || stored.isEnum()) {
            throw new ModelDefinitionException(where + ": " + type.getSimpleName() + "'s @EnumValue is a "
                    + stored.getSimpleName() + "; it must be one of " + Values.STORED + " (not an enum)");
        }
        Map<Object, Object> toStored = new HashMap<>();
        Map<Object, Object> fromStored = new HashMap<>();
        try {
            MethodHandles.Lookup lookup = ModelReader.lookup(type);
            MethodHandle read = member instanceof Field f ? lookup.unreflectGetter(f) : lookup.unreflect((Method) member);
            for (Object constant : type.getEnumConstants()) {
                Object v = read.invoke(constant);
                if (v == null || fromStored.put(v, constant) != null) {
                    throw new ModelDefinitionException(where + ": " + type.getSimpleName() + "." + constant + " has "
                            + (v == null ? "a null" : "the same") + " @EnumValue " + (v == null ? "" : "'" + v + "' ")
                            + (v == null ? "" : "as another constant") + "; give each constant its own value");
                }
                toStored.put(constant, v);
            }
        } catch (ModelDefinitionException e) {
            throw e;
        } catch (Throwable e) {
            throw new ModelDefinitionException(where + ": " + type.getSimpleName() + "'s @EnumValue cannot be read ("
                    + e + ")");
        }
        return new Table(stored, toStored, fromStored);
    }

    private static BuiltInTypes.BuiltIn<Object, Object> byOrdinal(Class<?> type) {
        Map<Object, Object> toStored = new HashMap<>();
        Map<Object, Object> fromStored = new HashMap<>();
        for (Object constant : type.getEnumConstants()) {
            toStored.put(constant, ((Enum<?>) constant).ordinal());
            fromStored.put(((Enum<?>) constant).ordinal(), constant);
        }
        return new Table(Integer.class, toStored, fromStored);
    }

    /** A constant-to-value table, both ways. */
    private record Table(Class<?> stored, Map<Object, Object> toStoredValues, Map<Object, Object> fromStoredValues)
            implements BuiltInTypes.BuiltIn<Object, Object> {
        @Override
        @SuppressWarnings("unchecked")
        public Class<Object> storedType() {
            return (Class<Object>) stored;
        }

        @Override
        public Object toStored(Object value) {
            return toStoredValues.get(value);
        }

        @Override
        public Object fromStored(Object stored) {
            Object constant = fromStoredValues.get(stored instanceof Long l && this.stored == Integer.class
                    ? (Object) Math.toIntExact(l) : stored);
            if (constant == null) {
                throw new IllegalArgumentException("no constant has the stored value " + stored);
            }
            return constant;
        }
    }
}
