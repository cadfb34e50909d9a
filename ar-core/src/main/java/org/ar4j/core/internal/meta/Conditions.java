package org.ar4j.core.internal.meta;

import java.util.ArrayList;
import java.util.List;

import org.ar4j.QueryException;
import org.ar4j.query.Order;
import org.ar4j.query.Predicate;
import org.ar4j.spi.ColumnType;

/**
 * Conditions as a backend receives them: field names replaced by column names and values converted to
 * the column's canonical type ({@link #resolve}); and what core needs to know of a resolved condition.
 * Every traversal is a {@link Predicate.Visitor}, so a new kind of predicate is a compile error here.
 */
public final class Conditions {
    private Conditions() {
    }

    /** A field-level predicate as a column-level one; a {@link QueryException} names an unknown field. */
    public static Predicate resolve(ModelInfo model, Predicate p) {
        return p.accept(new Resolver(model));
    }

    /** Orders by field name as orders by column. */
    public static List<Order> resolveOrders(ModelInfo model, List<Order> orders) {
        List<Order> out = new ArrayList<>(orders.size());
        for (Order o : orders) {
            out.add(o.withField(model.field(o.field()).column()));
        }
        return out;
    }

    /** The conjunction of the parts: null for none, the part itself for one. */
    public static Predicate and(List<Predicate> parts) {
        if (parts.isEmpty()) {
            return null;
        }
        return parts.size() == 1 ? parts.get(0) : new Predicate.And(parts);
    }

    /** {@code a AND b}, where either may be null. */
    public static Predicate and(Predicate a, Predicate b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : new Predicate.And(List.of(a, b));
    }

    /** How many values a resolved predicate binds (an IN list counts each value). */
    public static int parameterCount(Predicate p) {
        return p == null ? 0 : p.accept(PARAMETERS);
    }

    /** Whether a predicate holds raw SQL anywhere. */
    public static boolean containsRaw(Predicate p) {
        return containsAny(p, x -> x instanceof Predicate.Raw);
    }

    private static final class Resolver extends PredicateRewriter {
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

        @Override
        public Predicate compare(Predicate.Compare p) {
            FieldInfo f = model.field(p.field());
            return new Predicate.Compare(f.column(), p.operator(), nonNull(f, Values.coerce(f, p.value())));
        }

        @Override
        public Predicate in(Predicate.In p) {
            FieldInfo f = model.field(p.field());
            List<Object> values = new ArrayList<>(p.values().size());
            for (Object v : p.values()) {
                values.add(Values.coerce(f, v));
            }
            return new Predicate.In(f.column(), values, p.negated());
        }

        @Override
        public Predicate isNull(Predicate.IsNull p) {
            return new Predicate.IsNull(model.field(p.field()).column(), p.negated());
        }

        @Override
        public Predicate like(Predicate.Like p) {
            FieldInfo f = model.field(p.field());
            if (f.type() != ColumnType.STRING || f.javaType().isEnum()) {
                throw new QueryException("like() needs a String field, but " + f.qualifiedName() + " is "
                        + f.javaType().getSimpleName());
            }
            return new Predicate.Like(f.column(), p.pattern());
        }

        @Override
        public Predicate between(Predicate.Between p) {
            FieldInfo f = model.field(p.field());
            return new Predicate.Between(f.column(), nonNull(f, Values.coerce(f, p.low())),
                    nonNull(f, Values.coerce(f, p.high())));
        }

        @Override
        public Predicate related(Predicate.Related p) {
            return RelatedPaths.resolve(model, p);
        }
    }

    private static final Predicate.Visitor<Integer> PARAMETERS = new Predicate.Visitor<>() {
        private int sum(List<Predicate> parts) {
            int n = 0;
            for (Predicate x : parts) {
                n += x.accept(this);
            }
            return n;
        }

        @Override
        public Integer compare(Predicate.Compare p) {
            return 1;
        }

        @Override
        public Integer in(Predicate.In p) {
            return p.values().size();
        }

        @Override
        public Integer isNull(Predicate.IsNull p) {
            return 0;
        }

        @Override
        public Integer like(Predicate.Like p) {
            return 1;
        }

        @Override
        public Integer between(Predicate.Between p) {
            return 2;
        }

        @Override
        public Integer and(Predicate.And p) {
            return sum(p.parts());
        }

        @Override
        public Integer or(Predicate.Or p) {
            return sum(p.parts());
        }

        @Override
        public Integer not(Predicate.Not p) {
            return p.part().accept(this);
        }

        @Override
        public Integer raw(Predicate.Raw p) {
            return p.parameters().size();
        }

        @Override
        public Integer related(Predicate.Related p) {
            throw new IllegalStateException("an unresolved relation condition: resolve it first");
        }

        @Override
        public Integer exists(Predicate.Exists p) {
            return p.where() == null ? 0 : p.where().accept(this);
        }
    };

    /**
     * Whether any part of a condition passes a test: the condition itself, the parts of and/or/not, and the
     * conditions inside relation predicates and subqueries.
     */
    public static boolean containsAny(Predicate p, java.util.function.Predicate<Predicate> test) {
        return p != null && p.accept(new Finder(test));
    }

    /** Walks a condition for {@link #containsAny}. */
    private static final class Finder implements Predicate.Visitor<Boolean> {
        private final java.util.function.Predicate<Predicate> test;

        Finder(java.util.function.Predicate<Predicate> test) {
            this.test = test;
        }

        private boolean any(List<Predicate> parts) {
            for (Predicate x : parts) {
                if (x.accept(this)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public Boolean compare(Predicate.Compare p) {
            return test.test(p);
        }

        @Override
        public Boolean in(Predicate.In p) {
            return test.test(p);
        }

        @Override
        public Boolean isNull(Predicate.IsNull p) {
            return test.test(p);
        }

        @Override
        public Boolean like(Predicate.Like p) {
            return test.test(p);
        }

        @Override
        public Boolean between(Predicate.Between p) {
            return test.test(p);
        }

        @Override
        public Boolean and(Predicate.And p) {
            return test.test(p) || any(p.parts());
        }

        @Override
        public Boolean or(Predicate.Or p) {
            return test.test(p) || any(p.parts());
        }

        @Override
        public Boolean not(Predicate.Not p) {
            return test.test(p) || p.part().accept(this);
        }

        @Override
        public Boolean raw(Predicate.Raw p) {
            return test.test(p);
        }

        @Override
        public Boolean related(Predicate.Related p) {
            return test.test(p) || (p.condition() != null && p.condition().accept(this));
        }

        @Override
        public Boolean exists(Predicate.Exists p) {
            return test.test(p) || (p.where() != null && p.where().accept(this));
        }
    }
}
