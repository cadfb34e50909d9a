package org.ar4j.core.internal.session;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.VarHandle;

import org.ar4j.ActiveRecord;
import org.ar4j.Ar4jException;
import org.ar4j.Errors;
import org.ar4j.core.internal.meta.Hooks;

/**
 * Reaches the parts of {@link ActiveRecord} that are private to the API jar: the engine state
 * field and the protected hooks. Uses a private lookup instead of widening the API.
 */
public final class Records {
    private static final VarHandle STATE;
    private static final MethodHandle VALIDATE;
    private static final MethodHandle[] HOOKS = new MethodHandle[Hooks.NAMES.length];
    public static final int BEFORE_SAVE = Hooks.BEFORE_SAVE;
    public static final int AFTER_SAVE = Hooks.AFTER_SAVE;
    public static final int BEFORE_CREATE = Hooks.BEFORE_CREATE;
    public static final int AFTER_CREATE = Hooks.AFTER_CREATE;
    public static final int BEFORE_UPDATE = Hooks.BEFORE_UPDATE;
    public static final int AFTER_UPDATE = Hooks.AFTER_UPDATE;
    public static final int BEFORE_DELETE = Hooks.BEFORE_DELETE;
    public static final int AFTER_DELETE = Hooks.AFTER_DELETE;
    public static final int AFTER_COMMIT = Hooks.AFTER_COMMIT;
    public static final int AFTER_ROLLBACK = Hooks.AFTER_ROLLBACK;

    static {
        try {
            MethodHandles.Lookup l = MethodHandles.privateLookupIn(ActiveRecord.class, MethodHandles.lookup());
            STATE = l.findVarHandle(ActiveRecord.class, "engineState", Object.class);
            VALIDATE = l.findVirtual(ActiveRecord.class, "validate", MethodType.methodType(void.class, Errors.class));
            for (int i = 0; i < Hooks.NAMES.length; i++) {
                HOOKS[i] = l.findVirtual(ActiveRecord.class, Hooks.NAMES[i], MethodType.methodType(void.class));
            }
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private Records() {
    }

    /** The record's state, created empty for a record never written. */
    public static RecordState state(ActiveRecord<?> record) {
        Object s = STATE.get(record);
        if (s == null) {
            RecordState fresh = RecordState.fresh();
            STATE.set(record, fresh);
            return fresh;
        }
        return (RecordState) s;
    }

    static void setState(ActiveRecord<?> record, RecordState state) {
        STATE.set(record, state);
    }

    /** Whether the record's model overrides {@code validate}. */
    public static boolean validates(ActiveRecord<?> record) {
        return Hooks.overrides(record.getClass(), Hooks.VALIDATE);
    }

    /** Whether the record's row exists, without giving a never-written record a state. */
    public static boolean isPersisted(ActiveRecord<?> record) {
        Object s = STATE.get(record);
        return s != null && ((RecordState) s).isPersisted();
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

    /** Whether the record's model overrides hook {@code hook}. */
    static boolean overrides(ActiveRecord<?> record, int hook) {
        return Hooks.overrides(record.getClass(), hook);
    }

    public static void hook(ActiveRecord<?> record, int hook) {
        if (!overrides(record, hook)) {
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
