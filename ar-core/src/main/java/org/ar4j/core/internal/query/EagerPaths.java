package org.ar4j.core.internal.query;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.ar4j.QueryException;
import org.ar4j.core.internal.load.EagerNode;
import org.ar4j.core.internal.load.Scope;
import org.ar4j.core.internal.meta.Conditions;
import org.ar4j.core.internal.meta.ModelInfo;
import org.ar4j.core.internal.meta.RelationInfo;
import org.ar4j.relation.Relation.Kind;
import org.ar4j.query.Query;
import org.ar4j.query.RelationPath;

/** Parses {@code with(...)} paths into an eager-loading tree, checking every relation before any query. */
final class EagerPaths {
    private EagerPaths() {
    }

    /** The dotted path of a chain of relation constants, each declared on the previous one's target (or targets). */
    static String pathOf(ModelInfo model, RelationPath<?> first, RelationPath<?>[] then) {
        StringBuilder path = new StringBuilder();
        List<ModelInfo> current = List.of(model);
        for (int i = -1; i < then.length; i++) {
            RelationPath<?> r = i < 0 ? first : then[i];
            if (r == null) {
                throw new QueryException("with(...) on " + model.name() + " got a null relation at position " + (i + 2));
            }
            RelationInfo info = null;
            for (ModelInfo m : current) {
                info = info != null ? info : m.relation(r);
            }
            if (info == null) {
                String names = String.join(" or ", current.stream().map(ModelInfo::name).toList());
                String relations = String.join("; ", current.stream().map(m -> "Relations of " + m.name() + ": "
                        + String.join(", ", m.relations().keySet())).toList());
                throw new QueryException("with(...) on " + model.name() + ": " + r + " at position " + (i + 2)
                        + " is not a relation of " + names + (path.length() == 0 ? "" : ", the target of '" + path
                        + "'") + ". " + relations + ". Each relation must be declared on the previous one's target model.");
            }
            path.append(path.length() == 0 ? "" : ".").append(info.name());
            current = targets(info);
        }
        return path.toString();
    }

    /** The models a relation's records are of: its target, or a MorphTo's targets. */
    private static List<ModelInfo> targets(RelationInfo rel) {
        return rel.kind() == Kind.MORPH_TO ? List.copyOf(rel.morph().targets().values()) : List.of(rel.target());
    }

    /** The tree with one more path; a scoped path's last relation gets the scope's conditions. */
    static Map<String, EagerNode> add(QueryImpl<?> query, Map<String, EagerNode> tree, String path,
                                      UnaryOperator<Query<?>> scope) {
        ModelInfo model = query.model();
        if (path == null || path.isBlank() || path.startsWith(".") || path.endsWith(".") || path.contains("..")) {
            throw new QueryException("Malformed relation path '" + path + "' on " + model.name()
                    + ": use relation names joined by dots, such as \"posts.comments\". Relations of " + model.name()
                    + ": " + String.join(", ", model.relations().keySet()));
        }
        return insert(new Walk(query, path.split("\\."), path, scope), tree, model, 0);
    }

    /** One path being added: the query, the path's segments, and the scope of its last relation (or null). */
    private record Walk(QueryImpl<?> query, String[] segments, String path, UnaryOperator<Query<?>> scope) {
    }

    private static Map<String, EagerNode> insert(Walk w, Map<String, EagerNode> level, ModelInfo current, int i) {
        RelationInfo rel;
        try {
            rel = current.relation(w.segments()[i].trim());
        } catch (QueryException e) {
            throw new QueryException("In eager-loading path '" + w.path() + "': " + e.getMessage());
        }
        return insert(w, level, rel, rel.name(), i);
    }

    /** Inserts {@code rel} under {@code key} (its name; its qualified name below a MorphTo, one per target model). */
    private static Map<String, EagerNode> insert(Walk w, Map<String, EagerNode> level, RelationInfo rel, String key, int i) {
        if (!rel.spec().loading().cache().enabled()) {
            throw new QueryException("Relation " + rel.qualifiedName() + " has caching off, so with(\"" + w.path()
                    + "\") could not keep what it loads; remove .cache(CacheConfig.off()) or load it lazily");
        }
        boolean last = i == w.segments().length - 1;
        EagerNode node = level.get(key);
        Scope s = node == null ? null : node.scope();
        if (last && w.scope() != null) {
            s = scopeOf(w.query(), rel, w.path(), w.scope());
        }
        Map<String, EagerNode> children = node == null ? Map.of() : node.children();
        if (!last) {
            children = rel.kind() == Kind.MORPH_TO ? insertByType(w, children, rel, i + 1)
                    : insert(w, children, rel.target(), i + 1);
        }
        Map<String, EagerNode> out = new LinkedHashMap<>(level);
        out.put(key, new EagerNode(rel, s, children));
        return out;
    }

    /** Below a MorphTo: the segment's relation on each target model that declares it (at least one must). */
    private static Map<String, EagerNode> insertByType(Walk w, Map<String, EagerNode> level, RelationInfo morph, int i) {
        String name = w.segments()[i].trim();
        Map<String, EagerNode> out = level;
        for (ModelInfo target : morph.morph().targets().values()) {
            RelationInfo rel = target.relations().get(name);
            if (rel != null) {
                out = insert(w, out, rel, rel.qualifiedName(), i);
            }
        }
        if (out == level) {
            throw new QueryException("In eager-loading path '" + w.path() + "': none of the models of " + morph.qualifiedName()
                    + " (" + morph.morph().names() + ") has a relation '" + name + "'");
        }
        return out;
    }

    private static Scope scopeOf(QueryImpl<?> query, RelationInfo rel, String path, UnaryOperator<Query<?>> scope) {
        if (rel.kind() == Kind.MORPH_TO) {
            throw new QueryException("with(\"" + path + "\", condition): " + rel.qualifiedName() + " is a MorphTo, whose"
                    + " records are of several models (" + rel.morph().names() + "); load it without a condition");
        }
        Query<?> q = scope.apply(query.over(rel.target()));
        if (!(q instanceof QueryImpl<?> qi) || qi.model() != rel.target()) {
            throw new QueryException("The condition for '" + path + "' must return the query it was given"
                    + " (a query over " + rel.target().name() + ")");
        }
        QuerySpec spec = qi.spec;
        if (!spec.eager().isEmpty() || spec.offset() != null || spec.atRun() != null || !spec.perOwner().isEmpty()) {
            throw new QueryException("The condition for '" + path + "' may use where, orderBy and limit only;"
                    + " nest relations with a longer path instead");
        }
        return new Scope(Conditions.and(spec.where()), spec.order(), spec.limit());
    }
}
