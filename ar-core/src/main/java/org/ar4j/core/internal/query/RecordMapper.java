package org.ar4j.core.internal.query;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.function.Function;

import org.ar4j.ArgumentException;
import org.ar4j.core.internal.meta.Values;
import org.ar4j.query.Selectable;

/**
 * Makes Java records from projection rows: components matched by name when every selected name is a component
 * name, else by position; count and types checked once, before the first row.
 */
final class RecordMapper {
    /**
     * Each record class's canonical constructor as a spread handle: class metadata like a model's (see
     * {@code ModelRegistry}), built once per class and collected with it.
     */
    private static final ClassValue<MethodHandle> CONSTRUCTORS = new ClassValue<>() {
        @Override
        protected MethodHandle computeValue(Class<?> type) {
            return build(type, type.getRecordComponents());
        }
    };

    private RecordMapper() {
    }

    static <R extends Record> Function<Object[], R> of(Class<R> type, List<Selectable<?>> items) {
        if (type == null || !type.isRecord()) {
            throw new ArgumentException("into(" + type + "): pass a Java record class whose components are the"
                    + " selected fields, such as record Line(Long id, String title)");
        }
        RecordComponent[] components = type.getRecordComponents();
        if (components.length != items.size()) {
            throw new ArgumentException("into(" + type.getSimpleName() + "): the record has " + components.length
                    + " components but the projection selects " + items.size() + " fields " + items);
        }
        int[] source = sources(type, components, items);
        MethodHandle make = constructor(type);
        boolean inOrder = true;
        boolean primitives = false;
        for (int i = 0; i < source.length; i++) {
            inOrder &= source[i] == i;
            primitives |= components[i].getType().isPrimitive();
        }
        boolean same = inOrder;
        boolean check = primitives;
        return row -> {
            // in selection order, the row itself is the argument array (one array per row, not two)
            Object[] args = same ? row : new Object[source.length];
            for (int i = 0; !same && i < args.length; i++) {
                args[i] = row[source[i]];
            }
            for (int i = 0; check && i < args.length; i++) {
                if (args[i] == null && components[i].getType().isPrimitive()) {
                    throw new ArgumentException(type.getSimpleName() + "." + components[i].getName() + " is a primitive "
                            + components[i].getType() + " but the value of " + items.get(source[i]) + " is null; declare"
                            + " the component with a boxed type");
                }
            }
            return make(type, make, args);
        };
    }

    /** A record from its component values, through its spread constructor handle. */
    static <R> R make(Class<R> type, MethodHandle make, Object[] args) {
        try {
            return type.cast((Object) make.invokeExact(args));
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new ArgumentException(type.getSimpleName() + "'s constructor failed: " + t);
        }
    }

    /** For each component, the selected item it takes. */
    private static int[] sources(Class<?> type, RecordComponent[] components, List<Selectable<?>> items) {
        int[] source = new int[components.length];
        boolean byName = true;
        for (int i = 0; i < components.length && byName; i++) {
            source[i] = indexOfName(items, components[i].getName());
            byName = source[i] >= 0;
        }
        for (int i = 0; i < components.length; i++) {
            if (!byName) {
                source[i] = i;
            }
            Class<?> want = Values.boxed(components[i].getType());
            Class<?> have = items.get(source[i]).type();
            if (!want.isAssignableFrom(have)) {
                throw new ArgumentException(type.getSimpleName() + "." + components[i].getName() + " is a "
                        + components[i].getType().getSimpleName() + " but takes " + items.get(source[i]) + ", a "
                        + have.getSimpleName() + (byName ? "" : " (matched by position: no selected field is named "
                        + components[i].getName() + ")") + "; change the component's type or the selection");
            }
        }
        return source;
    }

    private static int indexOfName(List<Selectable<?>> items, String name) {
        int found = -1;
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).name().equals(name)) {
                if (found >= 0) {
                    return -1;
                }
                found = i;
            }
        }
        return found;
    }

    /** The canonical constructor taking an Object[] of the components' values. */
    static MethodHandle constructor(Class<?> type) {
        return CONSTRUCTORS.get(type);
    }

    private static MethodHandle build(Class<?> type, RecordComponent[] components) {
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < types.length; i++) {
            types[i] = components[i].getType();
        }
        try {
            var c = type.getDeclaredConstructor(types);
            c.setAccessible(true);
            MethodHandle h = MethodHandles.lookup().unreflectConstructor(c);
            return h.asType(MethodType.genericMethodType(types.length)).asSpreader(Object[].class, types.length);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new ArgumentException("into(" + type.getSimpleName() + "): ar4j cannot call its canonical constructor ("
                    + e + "); make the record public or open its package to org.ar4j.core");
        }
    }

}
