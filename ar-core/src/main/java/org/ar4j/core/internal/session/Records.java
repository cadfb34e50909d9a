package org.ar4j.core.internal.session;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.VarHandle;

import org.ar4j.ActiveRecord;
import org.ar4j.Ar4jException;
import org.ar4j.Errors;
import org.ar4j.core.internal.meta.ModelRegistry;

/**
 * Reaches the parts of {@link ActiveRecord} that are private to the API jar: the engine state
 * field and the protected hooks. Uses a private lookup instead of widening the API.
 */
public final class Records {
    private static final VarHandle STATE;
    private static final MethodHandle VALIDATE;
    private static final MethodHandle[] HOOKS = new MethodHandle[8];
    private static final String[] HOOK_NAMES = {"beforeSave", "afterSave", "beforeCreate", "afterCreate", "beforeUpdate",
            "afterUpdate", "beforeDelete", "afterDelete"};
    private static final int VALIDATE_BIT = 1 << 8;

    /**
     * Which hooks (bits 0-7, in {@link #HOOK_NAMES} order) and whether validate (bit 8) a model
     * overrides: calls to the base class's empty methods are skipped, which matters for batches.
     */
    private static final ClassValue<Integer> OVERRIDDEN = new ClassValue<>() {
        @Override
        protected Integer computeValue(Class<?> type) {
            int mask = 0;
            for (int i = 0; i < HOOK_NAMES.length; i++) {
                if (declares(type, HOOK_NAMES[i])) {
                    mask |= 1 << i;
                }
            }
            if (declares(type, "validate", Errors.class)) {
                mask |= VALIDATE_BIT;
            }
            return mask;
        }
    };

    private static boolean declares(Class<?> type, String name, Class<?>... params) {
        for (Class<?> c = type; c != null && c != ActiveRecord.class; c = c.getSuperclass()) {
            try {
                c.getDeclaredMethod(name, params);
                return true;
            } catch (NoSuchMethodException e) {
                // keep looking up the hierarchy
            }
        }
        return false;
    }

    public static final int BEFORE_SAVE = 0;
    public static final int AFTER_SAVE = 1;
    public static final int BEFORE_CREATE = 2;
    public static final int AFTER_CREATE = 3;
    public static final int BEFORE_UPDATE = 4;
    public static final int AFTER_UPDATE = 5;
    public static final int BEFORE_DELETE = 6;
    public static final int AFTER_DELETE = 7;

    static {
        try {
            MethodHandles.Lookup l = MethodHandles.privateLookupIn(ActiveRecord.class, MethodHandles.lookup());
            STATE = l.findVarHandle(ActiveRecord.class, "engineState", Object.class);
            VALIDATE = l.findVirtual(ActiveRecord.class, "validate", MethodType.methodType(void.class, Errors.class));
            for (int i = 0; i < HOOK_NAMES.length; i++) {
                HOOKS[i] = l.findVirtual(ActiveRecord.class, HOOK_NAMES[i], MethodType.methodType(void.class));
            }
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private Records() {
    }

    /** The record's state (see {@link RecordState} for its layout), created empty for a record never written. */
    public static Object[] state(ActiveRecord<?> record) {
        Object s = STATE.get(record);
        if (s == null) {
            Object[] fresh = RecordState.fresh(ModelRegistry.unverified(record.getClass()).fields().size());
            STATE.set(record, fresh);
            return fresh;
        }
        return (Object[]) s;
    }

    static void setState(ActiveRecord<?> record, Object[] state) {
        STATE.set(record, state);
    }

    /** Whether the record's model overrides {@code validate}. */
    public static boolean validates(ActiveRecord<?> record) {
        return (OVERRIDDEN.get(record.getClass()) & VALIDATE_BIT) != 0;
    }

    /** Whether the record's row exists, without giving a never-written record a state. */
    public static boolean isPersisted(ActiveRecord<?> record) {
        Object s = STATE.get(record);
        return s != null && RecordState.isPersisted((Object[]) s);
    }

    public static void validate(ActiveRecord<?> record, Errors errors) {
        if (!validates(record)) {
            return;
        }
        try {
            VALIDATE.invoke(record, errors);
        } catch (Throwable t) {
            throw propagate(t);
        }
    }

    public static void hook(ActiveRecord<?> record, int hook) {
        if ((OVERRIDDEN.get(record.getClass()) & (1 << hook)) == 0) {
            return;
        }
        try {
            HOOKS[hook].invoke(record);
        } catch (Throwable t) {
            throw propagate(t);
        }
    }

    public static RuntimeException propagate(Throwable t) {
        if (t instanceof RuntimeException r) {
            return r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        return new Ar4jException(t.toString(), t);
    }
}
