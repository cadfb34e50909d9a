package org.ar4j.core.internal.meta;

import java.lang.invoke.MethodHandles;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ar4j.ModelDefinitionException;
import org.ar4j.QueryException;
import org.ar4j.query.DefaultScope;
import org.ar4j.spi.Filter;

/**
 * A model's default scopes resolved to filters: the {@link DefaultScope} constants it declares, in declaration
 * order, then its {@link SoftDeleteField}'s "lives" (the field itself is {@link ModelInfo#softDelete()}). Every
 * read and bulk write of the model carries them ({@link ModelInfo#visibleCondition()}, {@code QuerySpec.of}); a
 * query removes them by identity when asked.
 */
public final class ModelScopes {
    /** A model without default scopes. */
    static final ModelScopes NONE = new ModelScopes(List.of());

    /**
     * One scope.
     *
     * @param name the constant's name in camelCase, or {@value SoftDeleteField#SCOPE}
     * @param descriptor the declared constant, or null for the soft-delete mark
     * @param filter its condition on columns
     */
    record Entry(String name, DefaultScope<?> descriptor, Filter filter) {
    }

    private final List<Entry> entries;
    private final List<Filter> filters;
    private final Filter condition;

    private ModelScopes(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        this.filters = entries.stream().map(Entry::filter).toList();
        this.condition = Conditions.and(filters);
    }

    /** Resolves the declared scopes on the model's fields and relations. */
    static ModelScopes resolve(ModelInfo model, Map<String, DefaultScope<?>> declared, SoftDeleteField softDelete) {
        List<Entry> entries = new ArrayList<>();
        for (Map.Entry<String, DefaultScope<?>> e : declared.entrySet()) {
            try {
                entries.add(new Entry(e.getKey(), e.getValue(), Conditions.resolve(model, e.getValue().condition())));
            } catch (QueryException ex) {
                throw new ModelDefinitionException(model.name() + "." + e.getKey() + ", a default scope, cannot be read: "
                        + ex.getMessage());
            }
        }
        if (softDelete != null) {
            entries.add(new Entry(SoftDeleteField.SCOPE, null, softDelete.lives()));
        }
        return new ModelScopes(entries);
    }

    /** Reads a static {@link DefaultScope} constant into {@code scopes}, by its name in camelCase. */
    static void collect(String model, Class<?> declaring, Field f, Map<String, DefaultScope<?>> scopes) {
        if (!Modifier.isFinal(f.getModifiers())) {
            throw new ModelDefinitionException(model + "." + f.getName() + " declares a default scope but is not final;"
                    + " declare it as 'public static final'");
        }
        try {
            MethodHandles.Lookup l = ModelReader.lookup(declaring);
            DefaultScope<?> s = (DefaultScope<?>) l.unreflectVarHandle(f).get();
            if (s == null) {
                throw new ModelDefinitionException(model + "." + f.getName() + " is a null default scope; assign"
                        + " DefaultScope.of(condition)");
            }
            scopes.put(Naming.constantToCamel(f.getName()), s);
        } catch (IllegalAccessException e) {
            throw new ModelDefinitionException(model + "." + f.getName() + " cannot be read: " + e.getMessage());
        }
    }

    /** The filters of every scope, in order: what a query over the model starts with. */
    public List<Filter> filters() {
        return filters;
    }

    /** The conjunction of every scope's filter; null for none. */
    public Filter condition() {
        return condition;
    }

    /** The filter of a declared scope; a {@link QueryException} naming the model's scopes when it is not one. */
    public Filter filterOf(ModelInfo model, DefaultScope<?> scope) {
        for (Entry e : entries) {
            if (e.descriptor() == scope) {
                return e.filter();
            }
        }
        throw new QueryException("unscoped(scope) on a " + model.name() + " query: the scope is not a default scope of "
                + model.name() + " (" + (entries.isEmpty() ? "it declares none" : "it declares " + String.join(", ",
                entries.stream().map(Entry::name).toList())) + "); pass one of its DefaultScope constants");
    }

    /** A model's scopes as declared, resolved on first need (they may name relations, verified later). */
    static final class Lazy {
        private final Map<String, DefaultScope<?>> declared;
        private final SoftDeleteField softDelete;
        private volatile ModelScopes resolved;
        private boolean resolving;

        Lazy(Map<String, DefaultScope<?>> declared, SoftDeleteField softDelete) {
            this.declared = new java.util.LinkedHashMap<>(declared);
            this.softDelete = softDelete;
            this.resolved = declared.isEmpty() && softDelete == null ? NONE : null;
        }

        SoftDeleteField softDelete() {
            return softDelete;
        }

        ModelScopes get(ModelInfo model) {
            ModelScopes s = resolved;
            return s != null ? s : resolve(model);
        }

        private synchronized ModelScopes resolve(ModelInfo model) {
            if (resolved == null) {
                if (resolving) {
                    throw new ModelDefinitionException("The default scopes of " + model.name() + " need themselves: a"
                            + " scope's has(...) reaches a model whose default scope reaches " + model.name() + " again;"
                            + " break the cycle");
                }
                resolving = true;
                try {
                    resolved = ModelScopes.resolve(model, declared, softDelete);
                } finally {
                    resolving = false;
                }
            }
            return resolved;
        }
    }
}
