package org.ar4j.query;

import org.ar4j.ArgumentException;

/**
 * The value of a field of the same record, plus a constant, computed by the database: what {@code updateAll} sets
 * a field to ({@code stock = stock - 1}: an atomic change, no read first) and the other side of a comparison of
 * two fields in a condition. Made by the metamodel's {@code NumericField.plus/minus}, {@code Field.set(Field)} and
 * {@code ComparableField.lt(ComparableField)} ..., or by {@link #of(String)} on field names. Immutable.
 *
 * @param field the field read, by Java or column name
 * @param delta what is added (negative to subtract); null for the value as it is
 */
public record FieldValue(String field, Number delta) {
    /** Checks the field. */
    public FieldValue {
        ArgumentException.requireNonNull(field, "FieldValue", "field name", "name a field of the same model");
    }

    /** The value of a field, as it is. */
    public static FieldValue of(String field) {
        return new FieldValue(field, null);
    }

    /** This value plus {@code amount}. */
    public FieldValue plus(Number amount) {
        ArgumentException.requireNonNull(amount, "FieldValue.plus", "amount", "pass a number");
        return new FieldValue(field, amount);
    }

    /** This value minus {@code amount}. */
    public FieldValue minus(Number amount) {
        ArgumentException.requireNonNull(amount, "FieldValue.minus", "amount", "pass a number");
        return new FieldValue(field, negate(amount));
    }

    private static Number negate(Number n) {
        if (n instanceof java.math.BigDecimal b) {
            return b.negate();
        }
        if (n instanceof Double || n instanceof Float) {
            return -n.doubleValue();
        }
        if (n.longValue() == Long.MIN_VALUE) {
            throw new ArgumentException("FieldValue.minus got Long.MIN_VALUE, whose negation does not fit a long");
        }
        return -n.longValue();
    }
}
