package org.ar4j.core.internal.meta;

import org.ar4j.ActiveRecord;
import org.ar4j.Errors;

/**
 * Which lifecycle hooks and whether {@code validate} a model class overrides, found once per class: calls to the
 * base class's empty methods are skipped, which matters for batches. The one place that looks for overrides.
 */
public final class Hooks {
    /** The hook methods, by bit: bit i set means the model overrides {@code NAMES[i]}. */
    public static final String[] NAMES = {"beforeSave", "afterSave", "beforeCreate", "afterCreate", "beforeUpdate",
        "afterUpdate", "beforeDelete", "afterDelete", "afterCommit", "afterRollback"};
    public static final int BEFORE_SAVE = 0;
    public static final int AFTER_SAVE = 1;
    public static final int BEFORE_CREATE = 2;
    public static final int AFTER_CREATE = 3;
    public static final int BEFORE_UPDATE = 4;
    public static final int AFTER_UPDATE = 5;
    public static final int BEFORE_DELETE = 6;
    public static final int AFTER_DELETE = 7;
    public static final int AFTER_COMMIT = 8;
    public static final int AFTER_ROLLBACK = 9;
    /** The bit of {@code validate(Errors)}. */
    public static final int VALIDATE = 10;

    private static final ClassValue<Integer> OVERRIDDEN = new ClassValue<>() {
        @Override
        protected Integer computeValue(Class<?> type) {
            int mask = 0;
            for (int i = 0; i < NAMES.length; i++) {
                if (declares(type, NAMES[i])) {
                    mask |= 1 << i;
                }
            }
            if (declares(type, "validate", Errors.class)) {
                mask |= 1 << VALIDATE;
            }
            return mask;
        }
    };

    private Hooks() {
    }

    /** Whether {@code type} overrides the hook (or validate) of bit {@code bit}. */
    public static boolean overrides(Class<?> type, int bit) {
        return (OVERRIDDEN.get(type) & (1 << bit)) != 0;
    }

    /** Whether {@code type} overrides any of the hooks of the given bits. */
    static boolean overridesAny(Class<?> type, int... bits) {
        for (int b : bits) {
            if (overrides(type, b)) {
                return true;
            }
        }
        return false;
    }

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
}
