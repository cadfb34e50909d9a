package org.ar4j.core.internal.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ar4j.QueryException;
import org.ar4j.query.Predicate;
import org.ar4j.relation.Relation;
import org.ar4j.spi.Filter;

/**
 * Resolves {@code has("posts.comments", condition)} into nested {@link Filter.Exists}: one per relation of
 * the path (two for a HasManyThrough: its join model, then its target), each with the relation's own condition
 * and, on the last, the caller's.
 */
final class RelatedPaths {
    private RelatedPaths() {
    }

    static Filter resolve(ModelInfo model, Predicate.Related given) {
        Predicate.Related p = given.path() != null ? given
                : new Predicate.Related(nameOf(model, given), null, given.condition(), given.negated());
        String path = p.path();
        if (path.isBlank() || path.startsWith(".") || path.endsWith(".") || path.contains("..")) {
            throw new QueryException("Malformed relation path '" + path + "' in has/hasNo on " + model.name()
                    + ": use relation names joined by dots, such as \"posts.comments\". Relations of " + model.name()
                    + ": " + String.join(", ", model.relations().keySet()));
        }
        return exists(model, path.split("\\."), 0, p);
    }

    /** The name of a relation constant given to has/hasNo, checked to be declared on the model. */
    private static String nameOf(ModelInfo model, Predicate.Related p) {
        RelationInfo r = model.relation(p.relation());
        if (r == null) {
            throw new QueryException("has/hasNo(" + p.relation() + ") on " + model.name() + ": not a relation of "
                    + model.name() + ". Relations of " + model.name() + ": " + String.join(", ", model.relations().keySet()));
        }
        return r.name();
    }

    private static Filter exists(ModelInfo model, String[] segments, int i, Predicate.Related p) {
        RelationInfo r;
        try {
            r = model.relation(segments[i].trim());
        } catch (QueryException e) {
            throw new QueryException("In has/hasNo(\"" + p.path() + "\"): " + e.getMessage());
        }
        r.requireSingleKey(() -> "has/hasNo(\"" + p.path() + "\")");
        if (r.spec().loading().loader() != null) {
            throw new QueryException("has/hasNo(\"" + p.path() + "\"): " + r.qualifiedName() + " has a custom loader, so"
                    + " the database does not know its records");
        }
        if (r.spec().scope().limit() != null) {
            throw new QueryException("has/hasNo(\"" + p.path() + "\"): " + r.qualifiedName() + " has a per-owner limit,"
                    + " which a condition on related records cannot apply; use a relation without a limit");
        }
        boolean last = i == segments.length - 1;
        if (r.kind() == Relation.Kind.MORPH_TO) {
            return morphExists(r, segments, i, p);
        }
        Filter inner = last ? (p.condition() == null ? null : Conditions.resolve(r.target(), p.condition()))
                : exists(r.target(), segments, i + 1, p);
        inner = Conditions.and(inner, r.condition());
        boolean negated = i == 0 && p.negated();
        if (r.kind() == Relation.Kind.HAS_MANY_THROUGH) {
            Filter target = new Filter.Exists(r.target().tableSpec(), r.targetKey().column(), r.joinTargetKey().column(),
                    inner, false);
            return new Filter.Exists(r.join().tableSpec(), r.joinOwnerKey().column(), r.ownerKey().column(), target,
                    negated);
        }
        return new Filter.Exists(r.target().tableSpec(), r.targetKey().column(), r.ownerKey().column(), inner, negated);
    }

    /**
     * A MorphTo: for each target model, "the type names it and a record of it has the key" (and the rest of the path,
     * on the models that declare it), joined by OR; hasNo is the negation, so a null type or key has no target.
     */
    private static Filter morphExists(RelationInfo r, String[] segments, int i, Predicate.Related p) {
        boolean last = i == segments.length - 1;
        List<Filter> any = new ArrayList<>();
        for (Map.Entry<String, ModelInfo> e : r.morph().targets().entrySet()) {
            ModelInfo target = e.getValue();
            if (!last && !target.relations().containsKey(segments[i + 1].trim())) {
                continue;
            }
            Filter inner = last ? (p.condition() == null ? null : Conditions.resolve(target, p.condition()))
                    : exists(target, segments, i + 1, p);
            inner = Conditions.and(inner, target.visibleCondition());
            any.add(Conditions.and(r.morph().holds(e.getKey()), new Filter.Exists(target.tableSpec(), target.id().column(),
                    r.ownerKey().column(), inner, false)));
        }
        if (any.isEmpty()) {
            throw new QueryException("has/hasNo(\"" + p.path() + "\"): none of the models of " + r.qualifiedName() + " ("
                    + r.morph().names() + ") has a relation '" + segments[i + 1].trim() + "'");
        }
        Filter has = any.size() == 1 ? any.get(0) : new Filter.Or(any);
        return i == 0 && p.negated() ? new Filter.Not(has) : has;
    }
}
