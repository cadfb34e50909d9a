package org.ar4j.core.internal.meta;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Makes the records of one model: an empty instance through its no-argument constructor, and every field written from
 * its stored values by field index (a record state's loaded values), each converted as {@link FieldInfo#setStoredValue}
 * converts it, through one method handle composed of the fields' setters (built at the first write): one indirect call
 * per record, in which the JIT sees each setter as a constant, instead of one per field.
 */
final class RecordMaker {
    private static final MethodHandle APPLY;
    private static final MethodHandle FROM_STORED;

    static {
        try {
            MethodHandles.Lookup l = MethodHandles.lookup();
            APPLY = l.findVirtual(IntFunction.class, "apply", MethodType.methodType(Object.class, int.class));
            FROM_STORED = l.findVirtual(FieldInfo.class, "javaFromStored",
                    MethodType.methodType(Object.class, Object.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** ()Object. */
    private final MethodHandle constructor;
    private final List<FieldInfo> fields;
    /** (Object record, IntFunction stored)void, once composed. */
    private volatile MethodHandle writeAll;

    RecordMaker(MethodHandle constructor, List<FieldInfo> fields) {
        this.constructor = constructor;
        this.fields = fields;
    }

    /** A new empty instance. */
    Object newInstance() {
        try {
            return constructor.invokeExact();
        } catch (Throwable t) {
            throw FieldInfo.rethrow(t);
        }
    }

    private static MethodHandle compose(List<FieldInfo> fields) {
        MethodHandle all = MethodHandles.empty(MethodType.methodType(void.class, Object.class, IntFunction.class));
        for (int i = fields.size() - 1; i >= 0; i--) {   // folded last first: the fields are written in order
            FieldInfo f = fields.get(i);
            MethodHandle value = MethodHandles.filterReturnValue(MethodHandles.insertArguments(APPLY, 1, f.index()),
                    FROM_STORED.bindTo(f));
            all = MethodHandles.foldArguments(all, MethodHandles.filterArguments(f.setter(), 1, value));
        }
        return all;
    }

    /** Writes field i of {@code record} from {@code stored.apply(i)}, for every field, in order. */
    void write(Object record, IntFunction<Object> stored) {
        MethodHandle w = writeAll;
        if (w == null) {
            w = compose(fields);
            writeAll = w;
        }
        try {
            w.invokeExact(record, stored);
        } catch (Throwable t) {
            throw FieldInfo.rethrow(t);
        }
    }
}
