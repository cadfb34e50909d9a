package org.ar4j.core.internal.meta;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.ar4j.JsonCodec;
import org.ar4j.ValueConverter;
import org.ar4j.relation.Relation;

/**
 * Builds each model's {@link ModelInfo} once and keeps it. A model's fields depend on the type converters of the
 * database that serves it, so a database given converters has a registry of its own; every other database shares
 * {@link #shared()}, whose models depend on their classes alone. Thread-safe.
 */
public final class ModelRegistry {
    private static final ModelRegistry SHARED = new ModelRegistry(Map.of(), null);
    /** Every model class's declared relations, whichever registry read it: they depend on the class alone. */
    private static final Map<Class<?>, Map<String, Relation<?, ?>>> DECLARED = new ConcurrentHashMap<>();

    private final ConcurrentHashMap<Class<?>, ModelInfo> models = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Class<?>, Hierarchy> hierarchies = new ConcurrentHashMap<>();
    private final Map<Class<?>, ValueConverter<?, ?>> converters;
    /** The JSON codec given to the database, or null for the one on the class path (looked up on first use). */
    private final JsonCodec json;
    private volatile JsonCodec found;

    private ModelRegistry(Map<Class<?>, ValueConverter<?, ?>> converters, JsonCodec json) {
        this.converters = Map.copyOf(converters);
        this.json = json;
    }

    /** The registry of databases without type converters. */
    public static ModelRegistry shared() {
        return SHARED;
    }

    /**
     * The registry of a database with these type converters (Java type to converter) and JSON codec (null for the
     * one on the class path): the shared one for neither.
     */
    public static ModelRegistry of(Map<Class<?>, ValueConverter<?, ?>> converters, JsonCodec json) {
        return converters.isEmpty() && json == null ? SHARED : new ModelRegistry(converters, json);
    }

    /** The JSON codec of {@code @Json} fields; {@code where} names the field asking, for the message without one. */
    JsonCodec json(String where) {
        if (json != null) {
            return json;
        }
        JsonCodec c = found;
        if (c == null) {
            c = JsonCodecs.find(where);
            found = c;
        }
        return c;
    }

    /** Refuses a null where a model class is expected, saying what to pass. */
    public static void requireModelClass(Class<?> type) {
        if (type == null) {
            throw new org.ar4j.ArgumentException("A model class was null: pass the model's class, such as Book.class");
        }
    }

    /** The converter this registry's databases store values of a type with, or null. */
    ValueConverter<?, ?> converter(Class<?> type) {
        return converters.get(type);
    }

    /** The model's fields and declared relations, without verifying relations. */
    public ModelInfo unverified(Class<?> type) {
        requireModelClass(type);
        ModelInfo m = models.get(type);
        if (m == null) {
            m = models.computeIfAbsent(type, t -> new ModelInfo(t, this));
            DECLARED.putIfAbsent(type, m.declaredRelations());
        }
        return m;
    }

    /** The single-table hierarchy of a root class, built once. */
    Hierarchy hierarchy(Class<?> root) {
        Hierarchy h = hierarchies.get(root);
        if (h == null) {
            h = Hierarchy.of(root, this);
            Hierarchy before = hierarchies.putIfAbsent(root, h);
            h = before != null ? before : h;
        }
        return h;
    }

    /** The model with its relations verified: the entry point on first use. */
    public ModelInfo of(Class<?> type) {
        ModelInfo m = unverified(type);
        m.relations();
        return m;
    }

    /** The declared relations of every model class read so far, by any registry. */
    public static Collection<Map<String, Relation<?, ?>>> declaredRelations() {
        return DECLARED.values();
    }
}
