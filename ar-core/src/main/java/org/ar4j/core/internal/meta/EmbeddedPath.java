package org.ar4j.core.internal.meta;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * Reads and writes one field inside embedded values, from the model instance: the model's embedded field, then a
 * field of each value down to the leaf. Writing a non-null leaf into a null value makes the value (blank, then the
 * leaf); writing null leaves a value whose fields are then all null as null, so a value is nullable as a whole.
 * Immutable and thread-safe.
 */
final class EmbeddedPath {
    private static final MethodHandle GET;
    private static final MethodHandle SET;

    static {
        try {
            MethodHandles.Lookup l = MethodHandles.lookup();
            GET = l.findVirtual(EmbeddedPath.class, "get", MethodType.methodType(Object.class, Object.class));
            SET = l.findVirtual(EmbeddedPath.class, "set", MethodType.methodType(void.class, Object.class, Object.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final MethodHandle modelGetter;
    private final MethodHandle modelSetter;
    /** The shape of each value on the way, outermost first. */
    private final ValueShape[] shapes;
    /** The field index taken in each shape: the next value's, then the leaf's. */
    private final int[] steps;

    EmbeddedPath(MethodHandle modelGetter, MethodHandle modelSetter, ValueShape[] shapes, int[] steps) {
        this.modelGetter = modelGetter;
        this.modelSetter = modelSetter;
        this.shapes = shapes.clone();
        this.steps = steps.clone();
    }

    /** A handle {@code (Object)Object} reading the leaf from a model instance. */
    MethodHandle getter() {
        return GET.bindTo(this);
    }

    /** A handle {@code (Object,Object)void} writing the leaf into a model instance. */
    MethodHandle setter() {
        return SET.bindTo(this);
    }

    Object get(Object model) {
        Object v;
        try {
            v = modelGetter.invokeExact(model);
        } catch (Throwable t) {
            throw FieldInfo.rethrow(t);
        }
        for (int i = 0; i < shapes.length && v != null; i++) {
            v = shapes[i].get(v, steps[i]);
        }
        return v;
    }

    void set(Object model, Object leaf) {
        try {
            Object before = modelGetter.invokeExact(model);
            Object after = with(before, 0, leaf);
            if (after != before) {
                modelSetter.invokeExact(model, after);
            }
        } catch (Throwable t) {
            throw FieldInfo.rethrow(t);
        }
    }

    /** {@code value} (of shape {@code i}, maybe null) with the leaf below it set. */
    private Object with(Object value, int i, Object leaf) {
        ValueShape shape = shapes[i];
        Object v = value;
        if (v == null) {
            if (leaf == null) {
                return null;
            }
            v = shape.blank();
        }
        Object child = i == shapes.length - 1 ? leaf : with(shape.get(v, steps[i]), i + 1, leaf);
        Object updated = shape.with(v, steps[i], child);
        return leaf == null && shape.allNull(updated) ? null : updated;
    }
}
