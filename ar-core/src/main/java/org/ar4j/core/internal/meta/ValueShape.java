package org.ar4j.core.internal.meta;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

import org.ar4j.ActiveRecord;
import org.ar4j.ModelDefinitionException;
import org.ar4j.Transient;

/**
 * The shape of an embedded value type: its mapped fields, read and written through method handles. A record is
 * copied with one component replaced (its canonical constructor); a class is changed in place (its no-argument
 * constructor makes a blank one). Immutable and thread-safe.
 */
final class ValueShape {
    private final Class<?> type;
    private final List<Field> fields;
    private final MethodHandle[] getters;
    /** For classes: one setter per field; null for records. */
    private final MethodHandle[] setters;
    /** The canonical constructor (records, spread over an Object[]) or the no-argument one (classes). */
    private final MethodHandle constructor;
    private final Object[] defaults;

    private ValueShape(Class<?> type, List<Field> fields, MethodHandle[] getters, MethodHandle[] setters,
                       MethodHandle constructor) {
        this.type = type;
        this.fields = List.copyOf(fields);
        this.getters = getters;
        this.setters = setters;
        this.constructor = constructor;
        this.defaults = new Object[fields.size()];
        for (int i = 0; i < defaults.length; i++) {
            Class<?> t = fields.get(i).getType();
            defaults[i] = t.isPrimitive() ? java.lang.reflect.Array.get(java.lang.reflect.Array.newInstance(t, 1), 0) : null;
        }
    }

    /** The shape of {@code type}, the type of the embedded field {@code where}; refused unless a record or a class. */
    static ValueShape of(String where, Class<?> type) {
        if (type.isPrimitive() || type.isArray() || type.isEnum() || type.isInterface()
                || ActiveRecord.class.isAssignableFrom(type) || Modifier.isAbstract(type.getModifiers())
                || type.getName().startsWith("java.")) {
            throw new ModelDefinitionException(where + " is @Embedded, but a " + type.getName() + " is not a value of"
                    + " fields; embed a record or a concrete class of your own (with a no-argument constructor)");
        }
        MethodHandles.Lookup lookup = ModelReader.lookup(type);
        try {
            if (type.isRecord()) {
                RecordComponent[] rc = type.getRecordComponents();
                List<Field> fields = new ArrayList<>();
                MethodHandle[] getters = new MethodHandle[rc.length];
                Class<?>[] types = new Class<?>[rc.length];
                for (int i = 0; i < rc.length; i++) {
                    fields.add(type.getDeclaredField(rc[i].getName()));
                    getters[i] = lookup.unreflect(rc[i].getAccessor()).asType(MethodType.methodType(Object.class, Object.class));
                    types[i] = rc[i].getType();
                }
                MethodHandle c = lookup.findConstructor(type, MethodType.methodType(void.class, types))
                        .asSpreader(Object[].class, rc.length).asType(MethodType.methodType(Object.class, Object[].class));
                return new ValueShape(type, fields, getters, null, c);
            }
            List<Field> fields = new ArrayList<>();
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    int m = f.getModifiers();
                    if (!Modifier.isStatic(m) && !Modifier.isTransient(m) && !f.isSynthetic()
                            && !f.isAnnotationPresent(Transient.class)) {
                        if (Modifier.isFinal(m)) {
                            throw new ModelDefinitionException(where + ": " + type.getSimpleName() + "." + f.getName()
                                    + " is final, so ar4j cannot load it; make it non-final, or embed a record");
                        }
                        fields.add(0, f);
                    }
                }
            }
            MethodHandle[] getters = new MethodHandle[fields.size()];
            MethodHandle[] setters = new MethodHandle[fields.size()];
            for (int i = 0; i < fields.size(); i++) {
                MethodHandles.Lookup l = ModelReader.lookup(fields.get(i).getDeclaringClass());
                getters[i] = l.unreflectGetter(fields.get(i)).asType(MethodType.methodType(Object.class, Object.class));
                setters[i] = l.unreflectSetter(fields.get(i))
                        .asType(MethodType.methodType(void.class, Object.class, Object.class));
            }
            MethodHandle c = lookup.findConstructor(type, MethodType.methodType(void.class))
                    .asType(MethodType.methodType(Object.class));
            return new ValueShape(type, fields, getters, setters, c);
        } catch (NoSuchMethodException | NoSuchFieldException | IllegalAccessException e) {
            throw new ModelDefinitionException(where + " is @Embedded, but " + type.getName() + " cannot be built by"
                    + " ar4j (" + e.getMessage() + "); give the class a no-argument constructor (it may be private),"
                    + " or embed a record");
        }
    }

    Class<?> type() {
        return type;
    }

    /** The mapped fields (record components in order). */
    List<Field> fields() {
        return fields;
    }

    /** The value of field {@code i} of a value of this shape. */
    Object get(Object value, int i) {
        try {
            return getters[i].invokeExact(value);
        } catch (Throwable t) {
            throw FieldInfo.rethrow(t);
        }
    }

    /** A value with nothing set: a record of nulls (and zeros for primitives), or a class from its constructor. */
    Object blank() {
        try {
            return setters == null ? constructor.invokeExact(defaults.clone()) : constructor.invokeExact();
        } catch (Throwable t) {
            throw FieldInfo.rethrow(t);
        }
    }

    /** {@code value} with field {@code i} set to {@code v} (null in a primitive: its zero): a copy for a record. */
    Object with(Object value, int i, Object v) {
        Object set = v == null ? defaults[i] : v;
        try {
            if (setters != null) {
                setters[i].invokeExact(value, set);
                return value;
            }
            Object[] args = new Object[getters.length];
            for (int k = 0; k < args.length; k++) {
                args[k] = k == i ? set : getters[k].invokeExact(value);
            }
            return constructor.invokeExact(args);
        } catch (Throwable t) {
            throw FieldInfo.rethrow(t);
        }
    }

    /** Whether every field of the value is null (a primitive never is). */
    boolean allNull(Object value) {
        for (int i = 0; i < getters.length; i++) {
            if (get(value, i) != null) {
                return false;
            }
        }
        return true;
    }
}
