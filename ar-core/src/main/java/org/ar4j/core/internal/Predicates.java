package org.ar4j.core.internal;

import java.util.ArrayList;
import java.util.List;

import org.ar4j.QueryException;
import org.ar4j.core.internal.meta.FieldInfo;
import org.ar4j.core.internal.meta.ModelInfo;
import org.ar4j.core.internal.meta.Values;
import org.ar4j.query.Order;
import org.ar4j.query.Predicate;

/** Turns field-level predicates and orders into column-level ones with canonical values. */
final class Predicates {
    private Predicates() {
    }

    static Predicate resolve(ModelInfo model, Predicate p) {
        if (p instanceof Predicate.Compare c) {
            FieldInfo f = model.field(c.field());
            return new Predicate.Compare(f.column(), c.operator(), nonNull(f, Values.coerce(f, c.value())));
        }
        if (p instanceof Predicate.In in) {
            FieldInfo f = model.field(in.field());
            List<Object> vals = new ArrayList<>(in.values().size());
            for (Object v : in.values()) {
                vals.add(Values.coerce(f, v));
            }
            return new Predicate.In(f.column(), vals, in.negated());
        }
        if (p instanceof Predicate.IsNull n) {
            return new Predicate.IsNull(model.field(n.field()).column(), n.negated());
        }
        if (p instanceof Predicate.Like l) {
            FieldInfo f = model.field(l.field());
            if (f.type() != org.ar4j.spi.ColumnType.STRING || f.javaType().isEnum()) {
                throw new QueryException("like() needs a String field, but " + f.qualifiedName() + " is "
                        + f.javaType().getSimpleName());
            }
            return new Predicate.Like(f.column(), l.pattern());
        }
        if (p instanceof Predicate.Between b) {
            FieldInfo f = model.field(b.field());
            return new Predicate.Between(f.column(), nonNull(f, Values.coerce(f, b.low())),
                    nonNull(f, Values.coerce(f, b.high())));
        }
        if (p instanceof Predicate.And a) {
            List<Predicate> parts = new ArrayList<>();
            for (Predicate x : a.parts()) {
                parts.add(resolve(model, x));
            }
            return new Predicate.And(parts);
        }
        if (p instanceof Predicate.Or o) {
            List<Predicate> parts = new ArrayList<>();
            for (Predicate x : o.parts()) {
                parts.add(resolve(model, x));
            }
            return new Predicate.Or(parts);
        }
        if (p instanceof Predicate.Not n) {
            return new Predicate.Not(resolve(model, n.part()));
        }
        if (p instanceof Predicate.Raw r) {
            return r;
        }
        throw new QueryException("Unsupported predicate " + p);
    }

    private static Object nonNull(FieldInfo f, Object v) {
        if (v == null) {
            throw new QueryException("Comparison on " + f.qualifiedName() + " with null; use isNull/isNotNull");
        }
        return v;
    }

    static List<Order> resolveOrders(ModelInfo model, List<Order> orders) {
        List<Order> out = new ArrayList<>(orders.size());
        for (Order o : orders) {
            out.add(o.withField(model.field(o.field()).column()));
        }
        return out;
    }

    static Predicate and(List<Predicate> parts) {
        if (parts.isEmpty()) {
            return null;
        }
        return parts.size() == 1 ? parts.get(0) : new Predicate.And(parts);
    }

    /** How many values a resolved predicate binds (an IN list counts each key). */
    static int parameterCount(Predicate p) {
        if (p == null) {
            return 0;
        }
        if (p instanceof Predicate.Compare || p instanceof Predicate.Like) {
            return 1;
        }
        if (p instanceof Predicate.Between) {
            return 2;
        }
        if (p instanceof Predicate.In in) {
            return in.values().size();
        }
        if (p instanceof Predicate.And a) {
            return a.parts().stream().mapToInt(Predicates::parameterCount).sum();
        }
        if (p instanceof Predicate.Or o) {
            return o.parts().stream().mapToInt(Predicates::parameterCount).sum();
        }
        if (p instanceof Predicate.Not n) {
            return parameterCount(n.part());
        }
        if (p instanceof Predicate.Raw r) {
            return r.parameters().size();
        }
        return 0;
    }
}
