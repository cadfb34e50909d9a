package org.ar4j.core.internal.meta;

import java.util.Collection;
import java.util.concurrent.ConcurrentHashMap;

/** Builds each model's {@link ModelInfo} once and keeps it. Thread-safe. */
public final class ModelRegistry {
    private static final ConcurrentHashMap<Class<?>, ModelInfo> MODELS = new ConcurrentHashMap<>();

    private ModelRegistry() {
    }

    /** Refuses a null where a model class is expected, saying what to pass. */
    public static void requireModelClass(Class<?> type) {
        if (type == null) {
            throw new org.ar4j.ArgumentException("A model class was null: pass the model's class, such as Book.class");
        }
    }

    /** The model's fields and declared relations, without verifying relations. */
    public static ModelInfo unverified(Class<?> type) {
        requireModelClass(type);
        ModelInfo m = MODELS.get(type);
        if (m == null) {
            m = MODELS.computeIfAbsent(type, ModelInfo::new);
        }
        return m;
    }

    /** The model with its relations verified: the entry point on first use. */
    public static ModelInfo of(Class<?> type) {
        ModelInfo m = unverified(type);
        m.relations();
        return m;
    }

    /** Every model built so far. */
    public static Collection<ModelInfo> known() {
        return MODELS.values();
    }
}
