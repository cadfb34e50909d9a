package org.ar4j.core.internal.query;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.ar4j.QueryException;
import org.ar4j.query.Predicate;
import org.ar4j.spi.LikePatterns;
import org.ar4j.spi.ThreeValuedLogic;

/**
 * A having condition evaluated on read groups, with the same three-valued logic as the backends' conditions: a
 * comparison with a missing (null) value is unknown, so {@code ne}, {@code notIn} and {@code not(...)} never
 * match it. Numbers compare by value whatever their class (a count of 3 equals 3, 3L and 3.0).
 */
final class Having implements Predicate.Visitor<Boolean> {
    private final Map<String, Object> values;

    private Having(Map<String, Object> values) {
        this.values = values;
    }

    static boolean matches(Predicate p, Map<String, Object> values) {
        return Boolean.TRUE.equals(p.accept(new Having(values)));
    }

    /** Fails with the names it can use when a condition names something the grouping does not hold. */
    static void check(Predicate p, List<String> names) {
        p.accept(new Having(Map.of()).new Names(names));
    }

    private Object value(String name) {
        return values.get(name);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compare(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return new BigDecimal(x.toString()).compareTo(new BigDecimal(y.toString()));
        }
        if (!a.getClass().isInstance(b) && !b.getClass().isInstance(a)) {
            throw new QueryException("having compares a " + a.getClass().getSimpleName() + " with a "
                    + b.getClass().getSimpleName());
        }
        return ((Comparable) a).compareTo(b);
    }

    @Override
    public Boolean compare(Predicate.Compare p) {
        Object v = value(p.field());
        if (v == null) {
            return null;
        }
        int c = compare(v, p.value());
        return switch (p.operator()) {
            case EQ -> c == 0;
            case NE -> c != 0;
            case LT -> c < 0;
            case LE -> c <= 0;
            case GT -> c > 0;
            case GE -> c >= 0;
        };
    }

    @Override
    public Boolean in(Predicate.In p) {
        Object v = value(p.field());
        if (v == null) {
            return null;
        }
        boolean found = p.values().stream().anyMatch(x -> compare(v, x) == 0);
        return found != p.negated();
    }

    @Override
    public Boolean isNull(Predicate.IsNull p) {
        return (value(p.field()) == null) != p.negated();
    }

    @Override
    public Boolean like(Predicate.Like p) {
        Object v = value(p.field());
        return v == null ? null : LikePatterns.regex(p.pattern()).matcher(v.toString()).matches();
    }

    @Override
    public Boolean between(Predicate.Between p) {
        Object v = value(p.field());
        return v == null ? null : compare(v, p.low()) >= 0 && compare(v, p.high()) <= 0;
    }

    @Override
    public Boolean and(Predicate.And p) {
        return ThreeValuedLogic.and(p.parts(), x -> x.accept(this));
    }

    @Override
    public Boolean or(Predicate.Or p) {
        return ThreeValuedLogic.or(p.parts(), x -> x.accept(this));
    }

    @Override
    public Boolean not(Predicate.Not p) {
        return ThreeValuedLogic.not(p.part().accept(this));
    }

    @Override
    public Boolean raw(Predicate.Raw p) {
        throw new QueryException("having takes no raw SQL: it filters groups after they are read");
    }

    @Override
    public Boolean related(Predicate.Related p) {
        throw new QueryException("having takes no relation conditions (has/hasNo): put them in where(...)");
    }

    @Override
    public Boolean contains(Predicate.Contains p) {
        throw new QueryException("having takes no JSON list conditions (contains): put them in where(...)");
    }

    /** Checks the names a condition uses against what the grouping holds. */
    private final class Names implements Predicate.Visitor<Boolean> {
        private final List<String> names;

        Names(List<String> names) {
            this.names = names;
        }

        private Boolean name(String n) {
            if (!names.contains(n)) {
                throw new QueryException("having(...) names '" + n + "', which this grouping does not hold; it holds: "
                        + String.join(", ", names) + " (aggregates are named count, sum(field), min(field), max(field),"
                        + " avg(field))");
            }
            return true;
        }

        @Override
        public Boolean compare(Predicate.Compare p) {
            return name(p.field());
        }

        @Override
        public Boolean in(Predicate.In p) {
            return name(p.field());
        }

        @Override
        public Boolean isNull(Predicate.IsNull p) {
            return name(p.field());
        }

        @Override
        public Boolean like(Predicate.Like p) {
            return name(p.field());
        }

        @Override
        public Boolean between(Predicate.Between p) {
            return name(p.field());
        }

        @Override
        public Boolean and(Predicate.And p) {
            p.parts().forEach(x -> x.accept(this));
            return true;
        }

        @Override
        public Boolean or(Predicate.Or p) {
            p.parts().forEach(x -> x.accept(this));
            return true;
        }

        @Override
        public Boolean not(Predicate.Not p) {
            return p.part().accept(this);
        }

        @Override
        public Boolean raw(Predicate.Raw p) {
            return Having.this.raw(p);
        }

        @Override
        public Boolean related(Predicate.Related p) {
            return Having.this.related(p);
        }

        @Override
        public Boolean contains(Predicate.Contains p) {
            return Having.this.contains(p);
        }
    }
}
