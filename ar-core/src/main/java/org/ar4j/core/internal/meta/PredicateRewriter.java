package org.ar4j.core.internal.meta;

import java.util.ArrayList;
import java.util.List;

import org.ar4j.query.Predicate;

/**
 * The base of every predicate rewrite: leaves come back unchanged, AND/OR/NOT are rebuilt from their rewritten
 * parts. A rewrite overrides only the kinds it changes (resolving field names, materializing subqueries).
 */
public abstract class PredicateRewriter implements Predicate.Visitor<Predicate> {

    /** Rewrites every part, in order. */
    protected final List<Predicate> all(List<Predicate> parts) {
        List<Predicate> out = new ArrayList<>(parts.size());
        for (Predicate x : parts) {
            out.add(x.accept(this));
        }
        return out;
    }

    @Override
    public Predicate compare(Predicate.Compare p) {
        return p;
    }

    @Override
    public Predicate in(Predicate.In p) {
        return p;
    }

    @Override
    public Predicate isNull(Predicate.IsNull p) {
        return p;
    }

    @Override
    public Predicate like(Predicate.Like p) {
        return p;
    }

    @Override
    public Predicate between(Predicate.Between p) {
        return p;
    }

    @Override
    public Predicate and(Predicate.And p) {
        return new Predicate.And(all(p.parts()));
    }

    @Override
    public Predicate or(Predicate.Or p) {
        return new Predicate.Or(all(p.parts()));
    }

    @Override
    public Predicate not(Predicate.Not p) {
        return new Predicate.Not(p.part().accept(this));
    }

    @Override
    public Predicate raw(Predicate.Raw p) {
        return p;
    }

    @Override
    public Predicate related(Predicate.Related p) {
        return p;
    }

    @Override
    public Predicate exists(Predicate.Exists p) {
        return p;
    }
}
