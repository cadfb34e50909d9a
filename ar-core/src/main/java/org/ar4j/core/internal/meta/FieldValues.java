package org.ar4j.core.internal.meta;

import java.util.Map;
import java.util.Set;

import org.ar4j.QueryException;
import org.ar4j.query.FieldValue;
import org.ar4j.spi.ColumnRef;
import org.ar4j.spi.ColumnType;

/**
 * {@link FieldValue}s resolved to {@link ColumnRef}s: the other field of a comparison of two fields, and the value
 * an {@code updateAll} computes from the row ({@code stock = stock - 1}, {@code a = b}), checked on the model's
 * fields so that every backend gives the same rows.
 */
public final class FieldValues {
    /** The types whose plus/minus is exact on every backend (decimals are text on SQLite). */
    private static final Set<ColumnType> COUNTABLE = Set.of(ColumnType.INTEGER, ColumnType.LONG);

    private FieldValues() {
    }

    /** The other side of a comparison of two fields: a field of the same stored type, taken as it is. */
    static ColumnRef compared(ModelInfo model, FieldInfo f, FieldValue other) {
        FieldInfo g = model.field(other.field());
        if (other.delta() != null) {
            throw new QueryException("A comparison of " + f.qualifiedName() + " with " + g.qualifiedName() + " takes the"
                    + " field as it is, not plus or minus a number; compare with FieldValue.of(\"" + g.javaName() + "\")");
        }
        sameType(f, g, "compare");
        return new ColumnRef(g.column(), null);
    }

    /**
     * The value an update sets {@code f} to: the field read plus its delta, converted to {@code f}'s type. A delta
     * needs an integer field; reading another field needs one of the same stored type.
     */
    public static ColumnRef assigned(ModelInfo model, FieldInfo f, FieldValue v) {
        FieldInfo g = model.field(v.field());
        sameType(f, g, "set");
        if (v.delta() == null) {
            return new ColumnRef(g.column(), null);
        }
        if (!COUNTABLE.contains(f.type()) || f.converted()) {
            throw new QueryException("updateAll can add to or subtract from integer fields only (Integer, Long: exact on"
                    + " every backend), but " + f.qualifiedName() + " is " + f.javaType().getSimpleName() + "; set it to a"
                    + " value computed in Java instead");
        }
        Number n = v.delta();
        if (n instanceof Double || n instanceof Float
                || n instanceof java.math.BigDecimal b && b.stripTrailingZeros().scale() > 0) {
            throw new QueryException("updateAll adds whole numbers to " + f.qualifiedName() + ", got " + n);
        }
        long whole = n.longValue();
        if (f.type() == ColumnType.INTEGER && (whole < Integer.MIN_VALUE || whole > Integer.MAX_VALUE)) {
            throw new QueryException("updateAll cannot add " + n + " to " + f.qualifiedName() + ", an Integer");
        }
        return new ColumnRef(g.column(), f.type() == ColumnType.INTEGER ? (Number) (int) whole : (Number) whole);
    }

    /** Refuses an updateAll that reads a field another of its assignments sets (databases disagree on the order). */
    public static void readsNothingItSets(ModelInfo model, Map<String, Object> columns) {
        for (Map.Entry<String, Object> e : columns.entrySet()) {
            if (e.getValue() instanceof ColumnRef ref && !ref.column().equals(e.getKey()) && columns.containsKey(ref.column())) {
                throw new QueryException("updateAll on " + model.name() + " sets " + ref.column() + " and also reads it to"
                        + " set " + e.getKey() + "; databases disagree on which value the read sees. Run two updateAll calls");
            }
        }
    }

    private static void sameType(FieldInfo f, FieldInfo g, String verb) {
        if (f.type() != g.type() || f.converted() != g.converted() || f.type() == ColumnType.JSON
                || f.type() == ColumnType.BYTES) {
            throw new QueryException("Cannot " + verb + " " + f.qualifiedName() + " (" + f.javaType().getSimpleName()
                    + ") with " + g.qualifiedName() + " (" + g.javaType().getSimpleName() + "): fields of the same stored"
                    + " type only, and not JSON documents or byte arrays");
        }
    }
}
