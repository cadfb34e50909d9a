package org.ar4j.core.internal.query;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.ar4j.QueryException;
import org.ar4j.core.internal.load.EagerNode;
import org.ar4j.core.internal.load.Scope;
import org.ar4j.core.internal.meta.Conditions;
import org.ar4j.core.internal.meta.ModelInfo;
import org.ar4j.core.internal.meta.RelationInfo;
import org.ar4j.query.Query;
import org.ar4j.query.RelationPath;

/** Parses {@code with(...)} paths into an eager-loading tree, checking every relation before any query. */
final class EagerPaths {
    private EagerPaths() {
    }

    /** The dotted path of a chain of relation constants, each declared on the previous one's target. */
    static String pathOf(ModelInfo model, RelationPath<?> first, RelationPath<?>[] then) {
        StringBuilder path = new StringBuilder();
        ModelInfo current = model;
        for (int i = -1; i < then.length; i++) {
            RelationPath<?> r = i < 0 ? first : then[i];
            if (r == null) {
                throw new QueryException("with(...) on " + model.name() + " got a null relation at position " + (i + 2));
            }
            RelationInfo info = current.relation(r);
            if (info == null) {
                throw new QueryException("with(...) on " + model.name() + ": " + r + " at position " + (i + 2)
                        + " is not a relation of " + current.name() + (path.length() == 0 ? "" : ", the target of '" + path
                        + "'") + ". Relations of " + current.name() + ": " + String.join(", ", current.relations().keySet())
                        + ". Each relation must be declared on the previous one's target model.");
            }
            path.append(path.length() == 0 ? "" : ".").append(info.name());
            current = info.target();
        }
        return path.toString();
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
        String[] segments = path.split("\\.");
        return insert(query, tree, model, segments, 0, path, scope);
    }

    private static Map<String, EagerNode> insert(QueryImpl<?> query, Map<String, EagerNode> level, ModelInfo current,
                                                 String[] segments, int i, String path, UnaryOperator<Query<?>> scope) {
        RelationInfo rel;
        try {
            rel = current.relation(segments[i].trim());
        } catch (QueryException e) {
            throw new QueryException("In eager-loading path '" + path + "': " + e.getMessage());
        }
        if (!rel.spec().loading().cache().enabled()) {
            throw new QueryException("Relation " + rel.qualifiedName() + " has caching off, so with(\"" + path
                    + "\") could not keep what it loads; remove .cache(CacheConfig.off()) or load it lazily");
        }
        boolean last = i == segments.length - 1;
        EagerNode node = level.get(rel.name());
        Scope s = node == null ? null : node.scope();
        if (last && scope != null) {
            s = scopeOf(query, rel, path, scope);
        }
        Map<String, EagerNode> children = node == null ? Map.of() : node.children();
        if (!last) {
            children = insert(query, children, rel.target(), segments, i + 1, path, scope);
        }
        Map<String, EagerNode> out = new LinkedHashMap<>(level);
        out.put(rel.name(), new EagerNode(rel, s, children));
        return out;
    }

    private static Scope scopeOf(QueryImpl<?> query, RelationInfo rel, String path, UnaryOperator<Query<?>> scope) {
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
