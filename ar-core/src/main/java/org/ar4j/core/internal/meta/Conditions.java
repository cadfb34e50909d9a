package org.ar4j.core.internal.meta;

import java.util.ArrayList;
import java.util.List;

import org.ar4j.QueryException;
import org.ar4j.query.Order;
import org.ar4j.query.Predicate;
import org.ar4j.spi.ColumnType;
import org.ar4j.spi.Filter;

/**
 * The one translation of user conditions into backend filters ({@link #resolve}: field names to columns, values to
 * the column's canonical type, relation conditions to subqueries), and what core needs to know of a filter. Both
 * traversals are visitors, so a new kind of predicate or filter is a compile error here.
 */
public final class Conditions {
    private Conditions() {
    }

    /** A predicate on fields as a filter on columns; a {@link QueryException} names an unknown field. */
    public static Filter resolve(ModelInfo model, Predicate p) {
        return p.accept(new Resolver(model));
    }

    /** Orders by field name as orders by column. */
    public static List<Order> resolveOrders(ModelInfo model, List<Order> orders) {
        List<Order> out = new ArrayList<>(orders.size());
        for (Order o : orders) {
            out.add(o.through() == null ? o.withField(model.field(o.field()).column()) : RelatedOrders.resolve(model, o));
        }
        return out;
    }

    /** The conjunction of the parts: null for none, the part itself for one. */
    public static Filter and(List<Filter> parts) {
        if (parts.isEmpty()) {
            return null;
        }
        return parts.size() == 1 ? parts.get(0) : new Filter.And(parts);
    }

    /** {@code a AND b}, where either may be null. */
    public static Filter and(Filter a, Filter b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : new Filter.And(List.of(a, b));
    }

    /** How many values a filter binds (an IN list counts each value). */
    public static int parameterCount(Filter f) {
        return f == null ? 0 : f.accept(PARAMETERS);
    }

    /** The raw SQL conditions anywhere in a user predicate (relation conditions included). */
    public static List<Predicate.Raw> raws(Predicate p) {
        List<Predicate.Raw> out = new java.util.ArrayList<>(0);
        collectRaws(p, out);
        return out;
    }

    private static void collectRaws(Predicate p, List<Predicate.Raw> out) {
        if (p instanceof Predicate.Raw r) {
            out.add(r);
        } else if (p instanceof Predicate.And a) {
            a.parts().forEach(part -> collectRaws(part, out));
        } else if (p instanceof Predicate.Or o) {
            o.parts().forEach(part -> collectRaws(part, out));
        } else if (p instanceof Predicate.Not n) {
            collectRaws(n.part(), out);
        } else if (p instanceof Predicate.Related r && r.condition() != null) {
            collectRaws(r.condition(), out);
        }
    }

    /** Whether a filter holds a subquery anywhere. */
    public static boolean containsExists(Filter f) {
        if (f instanceof Filter.Exists) {
            return true;
        }
        if (f instanceof Filter.And a) {
            return a.parts().stream().anyMatch(Conditions::containsExists);
        }
        if (f instanceof Filter.Or o) {
            return o.parts().stream().anyMatch(Conditions::containsExists);
        }
        return f instanceof Filter.Not n && containsExists(n.part());
    }

    /** Field names to columns, values to canonical types, relation conditions to subqueries. */
    private static final class Resolver implements Predicate.Visitor<Filter> {
        private final ModelInfo model;

        Resolver(ModelInfo model) {
            this.model = model;
        }

        private static Object nonNull(FieldInfo f, Object v) {
            if (v == null) {
                throw new QueryException("Comparison on " + f.qualifiedName() + " with null; use isNull/isNotNull");
            }
            return v;
        }

        private List<Filter> all(List<Predicate> parts) {
            List<Filter> out = new ArrayList<>(parts.size());
            for (Predicate x : parts) {
                out.add(x.accept(this));
            }
            return out;
        }

        @Override
        public Filter contains(Predicate.Contains p) {
            JsonPaths.Target at = JsonPaths.target(model, p.field());
            if (at == null) {
                FieldInfo f = model.field(p.field());
                throw new QueryException("contains() looks for an element of a JSON list, but " + f.qualifiedName()
                        + " is no @Json field; for text, use like(\"" + p.field() + "\", \"%...%\")");
            }
            return at.filter(Filter.Json.Test.CONTAINS, p.element());
        }

        @Override
        public Filter compare(Predicate.Compare p) {
            JsonPaths.Target at = JsonPaths.target(model, p.field());
            if (at != null && !at.path().isEmpty()) {
                return at.filter(JsonPaths.test(p.operator()), p.value());
            }
            FieldInfo f = model.field(p.field());
            if (p.value() instanceof org.ar4j.query.FieldValue other) {
                return new Filter.Compare(f.column(), p.operator(), FieldValues.compared(model, f, other));
            }
            return new Filter.Compare(f.column(), p.operator(), nonNull(f, Values.coerce(f, p.value())));
        }

        @Override
        public Filter in(Predicate.In p) {
            JsonPaths.Target at = JsonPaths.target(model, p.field());
            if (at != null && !at.path().isEmpty()) {
                List<Filter> eqs = new ArrayList<>(p.values().size());
                for (Object v : p.values()) {
                    eqs.add(at.filter(Filter.Json.Test.EQ, v));
                }
                Filter any = new Filter.Or(eqs);
                // not in: a value of an operand's kind equal to none (a missing value is in no list, nor out of one)
                return p.negated() ? new Filter.And(List.of(at.filter(Filter.Json.Test.IS_NOT_NULL, null),
                        new Filter.Not(any))) : any;
            }
            FieldInfo f = model.field(p.field());
            List<Object> values = new ArrayList<>(p.values().size());
            for (Object v : p.values()) {
                values.add(Values.coerce(f, v));
            }
            return new Filter.In(f.column(), values, p.negated());
        }

        @Override
        public Filter isNull(Predicate.IsNull p) {
            JsonPaths.Target at = JsonPaths.target(model, p.field());
            if (at != null && !at.path().isEmpty()) {
                return at.filter(p.negated() ? Filter.Json.Test.IS_NOT_NULL : Filter.Json.Test.IS_NULL, null);
            }
            return new Filter.IsNull(model.field(p.field()).column(), p.negated());
        }

        @Override
        public Filter like(Predicate.Like p) {
            FieldInfo f = model.field(p.field());
            if (f.type() != ColumnType.STRING || f.javaType().isEnum() || f.converted()) {
                throw new QueryException("like() needs a String field, but " + f.qualifiedName() + " is "
                        + f.javaType().getSimpleName());
            }
            return new Filter.Like(f.column(), p.pattern(), p.ignoreCase());
        }

        @Override
        public Filter between(Predicate.Between p) {
            JsonPaths.Target at = JsonPaths.target(model, p.field());
            if (at != null && !at.path().isEmpty()) {
                return new Filter.And(List.of(at.filter(Filter.Json.Test.GE, p.low()),
                        at.filter(Filter.Json.Test.LE, p.high())));
            }
            FieldInfo f = model.field(p.field());
            return new Filter.Between(f.column(), nonNull(f, Values.coerce(f, p.low())),
                    nonNull(f, Values.coerce(f, p.high())));
        }

        @Override
        public Filter and(Predicate.And p) {
            return new Filter.And(all(p.parts()));
        }

        @Override
        public Filter or(Predicate.Or p) {
            return new Filter.Or(all(p.parts()));
        }

        @Override
        public Filter not(Predicate.Not p) {
            return new Filter.Not(p.part().accept(this));
        }

        @Override
        public Filter raw(Predicate.Raw p) {
            return new Filter.Raw(p.sql(), Values.nativeParameters("whereRaw on " + model.name(), p.parameters()));
        }

        @Override
        public Filter related(Predicate.Related p) {
            return RelatedPaths.resolve(model, p);
        }
    }

    private static final Filter.Visitor<Integer> PARAMETERS = new Filter.Visitor<>() {
        private int sum(List<Filter> parts) {
            int n = 0;
            for (Filter x : parts) {
                n += x.accept(this);
            }
            return n;
        }

        @Override
        public Integer compare(Filter.Compare f) {
            return 1;
        }

        @Override
        public Integer in(Filter.In f) {
            return f.values().size();
        }

        @Override
        public Integer isNull(Filter.IsNull f) {
            return 0;
        }

        @Override
        public Integer like(Filter.Like f) {
            return 1;
        }

        @Override
        public Integer between(Filter.Between f) {
            return 2;
        }

        @Override
        public Integer and(Filter.And f) {
            return sum(f.parts());
        }

        @Override
        public Integer or(Filter.Or f) {
            return sum(f.parts());
        }

        @Override
        public Integer not(Filter.Not f) {
            return f.part().accept(this);
        }

        @Override
        public Integer raw(Filter.Raw f) {
            return f.parameters().size();
        }

        @Override
        public Integer exists(Filter.Exists f) {
            return f.where() == null ? 0 : f.where().accept(this);
        }

        @Override
        public Integer json(Filter.Json f) {
            return 2 * f.path().size() + 1; // a SQL backend may bind the path twice, and the operand
        }
    };
}
