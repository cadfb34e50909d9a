package org.ar4j.backend.memory;

import java.util.List;

import org.ar4j.query.Predicate;
import org.ar4j.spi.Filter;
import org.ar4j.spi.ColumnRef;
import org.ar4j.spi.LikePatterns;
import org.ar4j.spi.ThreeValuedLogic;

/**
 * A condition on one row in SQL's three-valued logic: TRUE, FALSE or null for UNKNOWN (a comparison with a null
 * value). A row matches when its condition is TRUE. Subqueries ({@link Filter.Exists}) read the state the row
 * comes from.
 */
final class RowTruth implements Filter.Visitor<Boolean> {
    private final List<String> columns;
    private final Object[] row;
    private final MemoryState state;

    RowTruth(List<String> columns, Object[] row, MemoryState state) {
        this.columns = columns;
        this.row = row;
        this.state = state;
    }

    /** Whether {@code p} is TRUE on the row (a null condition matches every row). */
    static boolean matches(Filter p, List<String> columns, Object[] row, MemoryState state) {
        return p == null || Boolean.TRUE.equals(p.accept(new RowTruth(columns, row, state)));
    }

    private Object value(String column) {
        int i = columns.indexOf(column);
        if (i < 0) {
            throw new IllegalArgumentException("no column " + column);
        }
        return row[i];
    }

    @Override
    public Boolean compare(Filter.Compare p) {
        Object v = value(p.column());
        Object other = p.value() instanceof ColumnRef ref ? value(ref.column()) : p.value();
        if (v == null || other == null) {
            return null;
        }
        if (v instanceof byte[] && (p.operator() == Predicate.Operator.EQ || p.operator() == Predicate.Operator.NE)) {
            return MemoryValues.same(v, other) == (p.operator() == Predicate.Operator.EQ);
        }
        int c = MemoryValues.compare(v, other);
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
    public Boolean in(Filter.In p) {
        if (p.values().isEmpty()) {
            return p.negated();
        }
        Object v = value(p.column());
        if (v == null) {
            return null;
        }
        boolean found = false;
        for (Object x : p.values()) {
            if (x != null && MemoryValues.same(v, x)) {
                found = true;
                break;
            }
        }
        return found != p.negated();
    }

    @Override
    public Boolean isNull(Filter.IsNull p) {
        return (value(p.column()) == null) != p.negated();
    }

    @Override
    public Boolean like(Filter.Like p) {
        Object v = value(p.column());
        return v == null ? null : LikePatterns.regex(p.pattern(), p.ignoreCase()).matcher((String) v).matches();
    }

    @Override
    public Boolean between(Filter.Between p) {
        Object v = value(p.column());
        if (v == null) {
            return null;
        }
        return MemoryValues.compare(v, p.low()) >= 0 && MemoryValues.compare(v, p.high()) <= 0;
    }

    @Override
    public Boolean and(Filter.And p) {
        return ThreeValuedLogic.and(p.parts(), x -> x.accept(this));
    }

    @Override
    public Boolean or(Filter.Or p) {
        return ThreeValuedLogic.or(p.parts(), x -> x.accept(this));
    }

    @Override
    public Boolean not(Filter.Not p) {
        return ThreeValuedLogic.not(p.part().accept(this));
    }

    @Override
    public Boolean raw(Filter.Raw p) {
        throw new IllegalStateException("raw SQL reached the memory backend, which has no RAW_SQL");
    }

    @Override
    public Boolean json(Filter.Json f) {
        return MemoryJson.test(value(f.column()), f);
    }

    /** EXISTS (a row of the other table whose column equals this row's outer column and whose condition holds). */
    @Override
    public Boolean exists(Filter.Exists e) {
        Object outer = value(e.outerColumn());
        boolean found = false;
        if (outer != null) {
            MemoryTable t = state.table(e.table().name());
            int k = t.index(e.column());
            for (Object[] r : t.rows()) {
                if (r[k] != null && MemoryValues.same(r[k], outer) && matches(e.where(), t.columns(), r, state)) {
                    found = true;
                    break;
                }
            }
        }
        return found != e.negated();
    }
}
