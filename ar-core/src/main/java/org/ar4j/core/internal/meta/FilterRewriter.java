package org.ar4j.core.internal.meta;

import java.util.ArrayList;
import java.util.List;

import org.ar4j.spi.Filter;

/**
 * The base of every filter rewrite: leaves come back unchanged, AND/OR/NOT are rebuilt from their rewritten parts.
 * A rewrite overrides only the kinds it changes (materializing subqueries).
 */
public abstract class FilterRewriter implements Filter.Visitor<Filter> {

    /** Rewrites every part, in order. */
    protected final List<Filter> all(List<Filter> parts) {
        List<Filter> out = new ArrayList<>(parts.size());
        for (Filter x : parts) {
            out.add(x.accept(this));
        }
        return out;
    }

    @Override
    public Filter compare(Filter.Compare p) {
        return p;
    }

    @Override
    public Filter in(Filter.In p) {
        return p;
    }

    @Override
    public Filter isNull(Filter.IsNull p) {
        return p;
    }

    @Override
    public Filter like(Filter.Like p) {
        return p;
    }

    @Override
    public Filter between(Filter.Between p) {
        return p;
    }

    @Override
    public Filter and(Filter.And p) {
        return new Filter.And(all(p.parts()));
    }

    @Override
    public Filter or(Filter.Or p) {
        return new Filter.Or(all(p.parts()));
    }

    @Override
    public Filter not(Filter.Not p) {
        return new Filter.Not(p.part().accept(this));
    }

    @Override
    public Filter raw(Filter.Raw p) {
        return p;
    }

    @Override
    public Filter exists(Filter.Exists p) {
        return p;
    }

    @Override
    public Filter json(Filter.Json p) {
        return p;
    }
}
