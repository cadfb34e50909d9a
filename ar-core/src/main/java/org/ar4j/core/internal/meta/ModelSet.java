package org.ar4j.core.internal.meta;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.ar4j.ModelDefinitionException;

/**
 * The models one database serves: those given when it was built or bound to it, and those used through it. What
 * depends on which models a database serves (its schema, the foreign keys it names) reads this, never every class
 * the JVM happened to load. Thread-safe.
 */
public final class ModelSet {
    private final Set<ModelInfo> given = ConcurrentHashMap.newKeySet();
    private final Set<ModelInfo> used = ConcurrentHashMap.newKeySet();
    private final ModelRegistry registry;

    /** The set of a database built with these models, read by this registry. */
    public ModelSet(Collection<Class<?>> models, ModelRegistry registry) {
        this.registry = registry;
        models.forEach(c -> given.add(registry.of(c)));
    }

    /** The model of a class as this database reads it (with its type converters), without remembering it as used. */
    public ModelInfo of(Class<?> type) {
        return registry.of(type);
    }

    /** The model of a class, remembered as used through this database. */
    public ModelInfo use(Class<?> type) {
        ModelInfo m = registry.of(type);
        if (!used.contains(m)) {
            used.add(m);
        }
        return m;
    }

    /** A model bound to this database: served as if given. */
    public void add(ModelInfo m) {
        given.add(m);
    }

    /** The given (and bound) models, with every model their relations reach, in class-name order. */
    public List<ModelInfo> given() {
        return closure(given, List.of());
    }

    /** Every model served, with every model their relations reach, in class-name order. */
    public List<ModelInfo> all() {
        Set<ModelInfo> start = new LinkedHashSet<>(given);
        start.addAll(used);
        return closure(start, List.of());
    }

    /**
     * These models and every model their relations reach (targets, join models), transitively, in class-name
     * order: the same list whatever order the JVM loaded classes in. A model of {@code required} that fails its
     * definition checks throws; one only reached is left out (it cannot contribute keys).
     */
    public static List<ModelInfo> closure(Collection<ModelInfo> start, Collection<ModelInfo> required) {
        Set<ModelInfo> seen = new LinkedHashSet<>(start);
        seen.addAll(required);
        ArrayDeque<ModelInfo> todo = new ArrayDeque<>(seen);
        List<ModelInfo> out = new ArrayList<>();
        while (!todo.isEmpty()) {
            ModelInfo m = todo.poll();
            Collection<RelationInfo> relations;
            try {
                relations = m.relations().values();
            } catch (ModelDefinitionException e) {
                if (required.contains(m)) {
                    throw e;
                }
                continue;
            }
            out.add(m);
            for (RelationInfo r : relations) {
                Collection<ModelInfo> related = r.morph() != null && r.target() == null ? r.morph().targets().values()
                        : r.join() == null ? List.of(r.target()) : List.of(r.target(), r.join());
                for (ModelInfo next : related) {
                    if (seen.add(next)) {
                        todo.add(next);
                    }
                }
            }
        }
        out.sort(Comparator.comparing((ModelInfo m) -> m.type().getName()));
        return out;
    }
}
