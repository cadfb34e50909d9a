package org.ar4j.core.internal.meta;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ar4j.ActiveRecord;
import org.ar4j.ConversionException;
import org.ar4j.Inheritance;
import org.ar4j.ModelDefinitionException;
import org.ar4j.QueryException;
import org.ar4j.relation.Relation;
import org.ar4j.spi.ColumnSpec;
import org.ar4j.spi.Filter;
import org.ar4j.spi.IndexSpec;
import org.ar4j.spi.TableSpec;

/**
 * Single-table inheritance: a root model ({@link Inheritance}) and its subclasses in one table, each row's class
 * named by the root's discriminator field. The table's columns are every member's, subclass-only ones nullable; a
 * read selects them all and builds each row as the class it names, from the positions of that class's fields.
 * Built once per registry, from the root, on first use of any member.
 */
public final class Hierarchy {
    private final ModelInfo root;
    private final FieldInfo discriminator;
    private final Map<String, ModelInfo> byName = new LinkedHashMap<>();
    private final List<String> columns = new ArrayList<>();
    private final Map<ModelInfo, int[]> positions = new HashMap<>();
    /** Each member's "is one of mine" condition (none for the root), built once: every query of it carries one. */
    private final Map<ModelInfo, Filter> conditions = new HashMap<>();
    private final int discriminatorAt;
    private final TableSpec table;

    private Hierarchy(ModelInfo root, List<ModelInfo> members) {
        this.root = root;
        Inheritance inh = root.type().getAnnotation(Inheritance.class);
        this.discriminator = root.findField(inh.discriminator());
        if (discriminator == null || discriminator.javaType() != String.class) {
            throw new ModelDefinitionException(root.name() + " declares @Inheritance with the discriminator '"
                    + inh.discriminator() + "', which is not a String field of " + root.name() + "; add 'public String "
                    + inh.discriminator() + ";' or name one with @Inheritance(discriminator = \"...\")");
        }
        Map<String, ColumnSpec> specs = new LinkedHashMap<>();
        List<IndexSpec> indexes = new ArrayList<>();
        for (ModelInfo m : members) {
            ModelInfo before = byName.put(Morph.typeName(m.type()), m);
            if (before != null) {
                throw new ModelDefinitionException(before.name() + " and " + m.name() + " of " + root.name()
                        + "'s table are both stored as '" + Morph.typeName(m.type()) + "'; give one a different @TypeName");
            }
            for (ColumnSpec c : m.columnSpecs()) {
                specs.putIfAbsent(c.name(), m == root ? c : c.withNullable(c.nullable() || root.findField(c.name()) == null));
            }
            m.tableSpec().indexes().stream().filter(i -> indexes.stream().noneMatch(x -> x.name().equals(i.name())))
                    .forEach(indexes::add);
        }
        columns.addAll(specs.keySet());
        for (ModelInfo m : members) {
            int[] at = new int[m.fields().size()];
            for (int i = 0; i < at.length; i++) {
                at[i] = columns.indexOf(m.fields().get(i).column());
            }
            positions.put(m, at);
            if (m != root) {
                conditions.put(m, subtree(m));
            }
        }
        this.discriminatorAt = columns.indexOf(discriminator.column());
        this.table = new TableSpec(root.table(), List.copyOf(specs.values()), indexes, root.name())
                .withDocumentPaths(documentPaths(members)).withTenantColumn(root.tableSpec().tenantColumn());
    }

    private static Map<String, String> documentPaths(List<ModelInfo> members) {
        Map<String, String> paths = new HashMap<>();
        for (ModelInfo m : members) {
            for (String c : m.columns()) {
                String p = m.tableSpec().documentPath(c);
                if (!p.equals(c)) {
                    paths.put(c, p);
                }
            }
        }
        return paths;
    }

    /** The root of a class's hierarchy (the topmost superclass declaring {@link Inheritance}), or null for none. */
    static Class<?> rootOf(Class<?> type) {
        Class<?> root = null;
        for (Class<?> c = type; c != null && c != ActiveRecord.class; c = c.getSuperclass()) {
            if (c.isAnnotationPresent(Inheritance.class)) {
                root = c;
            }
        }
        return root;
    }

    /** The hierarchy of a root class, its members read through {@code registry}. */
    static Hierarchy of(Class<?> rootType, ModelRegistry registry) {
        Inheritance inh = rootType.getAnnotation(Inheritance.class);
        Set<Class<?>> all = new LinkedHashSet<>();
        Deque<Class<?>> todo = new ArrayDeque<>();
        todo.add(rootType);
        while (!todo.isEmpty()) {
            Class<?> c = todo.poll();
            if (!all.add(c)) {
                continue;
            }
            Class<?>[] next = c == rootType && inh.subclasses().length > 0 ? inh.subclasses() : c.getPermittedSubclasses();
            for (Class<?> s : next == null ? new Class<?>[0] : next) {
                if (!rootType.isAssignableFrom(s) || s == rootType) {
                    throw new ModelDefinitionException(rootType.getSimpleName() + "'s @Inheritance lists "
                            + s.getSimpleName() + ", which does not extend it; list its subclasses only");
                }
                todo.add(s);
            }
        }
        List<ModelInfo> members = new ArrayList<>();
        for (Class<?> c : all) {
            members.add(registry.unverified(c));
        }
        return new Hierarchy(members.get(0), members);
    }

    /** Whether {@code type} is stored in this hierarchy's table. */
    boolean contains(Class<?> type) {
        return byName.values().stream().anyMatch(m -> m.type() == type);
    }

    /** Every member, the root first. */
    public List<ModelInfo> members() {
        return List.copyOf(byName.values());
    }

    /** The root model. */
    public ModelInfo root() {
        return root;
    }

    /** The discriminator field. */
    public FieldInfo discriminator() {
        return discriminator;
    }

    /** Every member's columns, the root's first: what a read of any member selects. */
    public List<String> columns() {
        return columns;
    }

    /** The one table, with every member's columns. */
    public TableSpec table() {
        return table;
    }

    /** The position in {@link #columns()} of each of a member's fields, in its field order. */
    public int[] positions(ModelInfo member) {
        return positions.get(member);
    }

    /** The position of the discriminator in {@link #columns()}. */
    public int discriminatorPosition() {
        return discriminatorAt;
    }

    /** The member a row's discriminator names; a {@link ConversionException} for a name no member has. */
    public ModelInfo member(Object stored, ModelInfo queried) {
        ModelInfo m = stored == null ? null : byName.get(stored.toString());
        if (m == null) {
            throw new ConversionException("A row of " + root.table() + " read as " + queried.name() + " has "
                    + discriminator.qualifiedName() + " " + (stored == null ? "null" : "'" + stored + "'")
                    + ", which names none of " + String.join(", ", byName.keySet()) + ". Fix: store one of those names,"
                    + " or list the class in @Inheritance(subclasses = ...)", null);
        }
        return m;
    }

    /** The stored name of a member class. */
    public String nameOf(ModelInfo member) {
        return Morph.typeName(member.type());
    }

    /** The condition "the row is a {@code model} or one of its subclasses"; null for the root (every row). */
    Filter condition(ModelInfo model) {
        return conditions.get(model);
    }

    private Filter subtree(ModelInfo model) {
        List<Object> names = new ArrayList<>();
        byName.forEach((n, m) -> {
            if (model.type().isAssignableFrom(m.type())) {
                names.add(n);
            }
        });
        return names.size() == 1 ? new Filter.Compare(discriminator.column(), org.ar4j.query.Predicate.Operator.EQ,
                names.get(0)) : new Filter.In(discriminator.column(), names, false);
    }

    /** A member of this hierarchy that is {@code subclass}, or a {@link QueryException} naming the members. */
    public ModelInfo memberOf(Class<?> subclass, ModelInfo queried) {
        for (ModelInfo m : byName.values()) {
            if (m.type() == subclass && queried.type().isAssignableFrom(subclass)) {
                return m;
            }
        }
        throw new QueryException("ofType(" + (subclass == null ? "null" : subclass.getSimpleName() + ".class")
                + ") on a " + queried.name() + " query: not a class stored in " + root.name() + "'s table under "
                + queried.name() + " (" + String.join(", ", byName.values().stream().map(ModelInfo::name).toList()) + ")");
    }

    /**
     * The class whose records a relation's values are cached under: in a single-table hierarchy, the highest class
     * that declares it, so a value set through the root's relation (an eager load, an inverse link) is found through
     * a subclass's.
     */
    static Class<?> cacheOwner(ModelInfo owner, Relation<?, ?> d) {
        Class<?> best = owner.type();
        for (Class<?> c = best.getSuperclass(); c != null && Hierarchy.rootOf(c) != null; c = c.getSuperclass()) {
            if (owner.registry().unverified(c).declaredRelations().containsValue(d)) {
                best = c;
            }
        }
        return best;
    }
}
