package org.ar4j.core.internal.query;

import org.ar4j.core.internal.meta.Values;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.ar4j.QueryException;
import org.ar4j.core.internal.meta.FieldInfo;
import org.ar4j.core.internal.session.Session;
import org.ar4j.query.Order;
import org.ar4j.spi.Read;
import org.ar4j.spi.Aggregate;
import org.ar4j.spi.AggregateSelect;
import org.ar4j.spi.ColumnType;
import org.ar4j.spi.RowCursor;

/**
 * A query's values rather than its records: one field (pluck, distinct) or an aggregate of it. Aggregates
 * take the query's conditions only; their result types are the same on every backend.
 */
final class QueryValues {
    private final Session db;
    private final QuerySpec q;

    QueryValues(Session db, QuerySpec q) {
        this.db = db;
        this.q = q;
    }

    <V> List<V> pluck(String field, Class<V> type) {
        FieldInfo f = typed("pluck", field, type);
        List<V> out = new ArrayList<>();
        try (RowCursor c = db.backend().read(Read.find(q.select(List.of(f.column()))))) {
            while (c.next()) {
                out.add(javaValue(f, c.get(0), type));
            }
        }
        return out;
    }

    /** The distinct values, in ascending order (nulls first), as a grouping without aggregates. */
    <V> List<V> distinct(String field, Class<V> type) {
        FieldInfo f = typed("pluckDistinct", field, type);
        conditionsOnly("pluckDistinct");
        if (f.type() == ColumnType.BYTES || f.type() == ColumnType.JSON) {
            throw new QueryException("pluckDistinct on " + f.qualifiedName() + ": byte arrays and JSON documents are"
                    + " compared only for equality, so they have no portable order");
        }
        List<V> out = new ArrayList<>();
        AggregateSelect s = new AggregateSelect(q.model().tableSpec(), q.condition(), List.of(f.column()), List.of(),
                List.of(Order.asc(f.column())));
        try (RowCursor c = db.backend().read(Read.aggregate(s))) {
            while (c.next()) {
                out.add(javaValue(f, c.get(0), type));
            }
        }
        return out;
    }

    <V> V sum(String field, Class<V> type) {
        typeGiven("sum", field, type);
        FieldInfo f = numeric("sum", field);
        Class<?> result = resultClass(f);
        if (!type.isAssignableFrom(result)) {
            throw new QueryException("sum(\"" + field + "\", " + type.getSimpleName() + ".class): the sum of "
                    + f.qualifiedName() + " is a " + result.getSimpleName() + "; ask for " + result.getSimpleName() + ".class");
        }
        Object[] r = aggregate(new Aggregate(Aggregate.Function.SUM, f.column()),
                new Aggregate(Aggregate.Function.COUNT, f.column()));
        return type.cast(((Long) r[1]) == 0L ? zero(f) : normalized(f, r[0]));
    }

    <V> Optional<V> extreme(Aggregate.Function fn, String field, Class<V> type) {
        String op = fn.name().toLowerCase(java.util.Locale.ROOT);
        FieldInfo f = typed(op, field, type);
        ordered(op, field);
        Object v = aggregate(new Aggregate(fn, f.column()))[0];
        return Optional.ofNullable(javaValue(f, v == null ? null : normalized(f, v), type));
    }

    /** The mean of the non-null values as a double (sum and count read exactly, divided once). */
    OptionalDouble average(String field) {
        FieldInfo f = numeric("average", field);
        Object[] r = aggregate(new Aggregate(Aggregate.Function.SUM, f.column()),
                new Aggregate(Aggregate.Function.COUNT, f.column()));
        long n = (Long) r[1];
        if (n == 0) {
            return OptionalDouble.empty();
        }
        Object sum = r[0];
        if (sum instanceof BigDecimal b) {
            return OptionalDouble.of(b.divide(BigDecimal.valueOf(n), java.math.MathContext.DECIMAL64).doubleValue());
        }
        return OptionalDouble.of(((Number) sum).doubleValue() / n);
    }

    /** One ungrouped row of aggregates (an empty table gives COUNT 0 and null for the others everywhere). */
    private Object[] aggregate(Aggregate... aggregates) {
        conditionsOnly(aggregates[0].function().name().toLowerCase(java.util.Locale.ROOT));
        AggregateSelect s = new AggregateSelect(q.model().tableSpec(), q.condition(), List.of(), List.of(aggregates),
                List.of());
        Object[] out = new Object[aggregates.length];
        try (RowCursor c = db.backend().read(Read.aggregate(s))) {
            if (c.next()) {
                for (int i = 0; i < out.length; i++) {
                    out[i] = c.get(i);
                }
            }
        }
        for (int i = 0; i < out.length; i++) {
            if (aggregates[i].function() == Aggregate.Function.COUNT && out[i] == null) {
                out[i] = 0L;
            }
        }
        return out;
    }

    void conditionsOnly(String op) {
        if (q.limit() != null || q.offset() != null) {
            throw new QueryException(op + " on " + q.model().name() + " takes the query's conditions only, not limit or"
                    + " offset: to aggregate the first n records, pluck them and aggregate in Java");
        }
    }

    /** A numeric field for an aggregate, or a QueryException naming it. */
    FieldInfo numericField(String op, String field) {
        return numeric(op, field);
    }

    /** A field with a portable order, for min and max, or a QueryException naming it. */
    FieldInfo ordered(String op, String field) {
        FieldInfo f = q.model().field(field);
        switch (f.type()) {
            case BYTES, UUID, BOOLEAN, JSON -> throw new QueryException(op + " on " + f.qualifiedName() + ": a " + f.type()
                    + " has no portable order for " + op + "; use a number, a string or a date");
            default -> {
                return f;
            }
        }
    }

    private FieldInfo numeric(String op, String field) {
        FieldInfo f = q.model().field(field);
        switch (f.type()) {
            case INTEGER, LONG, DOUBLE, DECIMAL -> {
                return f;
            }
            default -> throw new QueryException(op + "(\"" + field + "\") on " + q.model().name() + ": " + f.qualifiedName()
                    + " is a " + f.javaType().getSimpleName() + "; " + op + " takes a numeric field");
        }
    }

    /** A sum's Java class: Long for int and long fields, Double for double, BigDecimal for BigDecimal. */
    private static Class<?> resultClass(FieldInfo f) {
        return switch (f.type()) {
            case INTEGER, LONG -> Long.class;
            case DOUBLE -> Double.class;
            default -> BigDecimal.class;
        };
    }

    /** The zero of a sum of this field (an owner without values). */
    static Object zeroOf(FieldInfo f) {
        return zero(f);
    }

    /** A backend's aggregate of this field in ar4j's form. */
    static Object normalizedOf(FieldInfo f, Object v) {
        return normalized(f, v);
    }

    private static Object zero(FieldInfo f) {
        return switch (f.type()) {
            case INTEGER, LONG -> 0L;
            case DOUBLE -> 0.0d;
            default -> normalized(f, BigDecimal.ZERO);
        };
    }

    /**
     * A backend's aggregate in ar4j's form: longs as Long; decimals with the field's declared scale, else without
     * trailing zeros (backends differ in the scale of a sum: MySQL computes in DECIMAL(65,30)).
     */
    private static Object normalized(FieldInfo f, Object v) {
        if (v instanceof BigDecimal b) {
            if (f.columnSpec().precision() > 0) {
                return b.setScale(f.columnSpec().scale(), java.math.RoundingMode.UNNECESSARY);
            }
            BigDecimal stripped = b.stripTrailingZeros();
            return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
        }
        if (v instanceof Integer i && f.type() != ColumnType.INTEGER) {
            return i.longValue();
        }
        return v;
    }

    private FieldInfo typed(String op, String field, Class<?> type) {
        typeGiven(op, field, type);
        FieldInfo f = q.model().field(field);
        Class<?> boxed = f.javaType().isPrimitive() ? Values.boxed(f.javaType()) : f.javaType();
        if (!type.isAssignableFrom(boxed)) {
            throw new QueryException(op + "(\"" + field + "\", " + type.getSimpleName() + ".class): "
                    + f.qualifiedName() + " is " + f.javaType().getSimpleName());
        }
        return f;
    }

    void typeGiven(String op, String field, Class<?> type) {
        if (type == null) {
            throw new QueryException(q.model().name() + " query: " + op + "(\"" + field + "\", type) got a null type; pass"
                    + " the class of the values, such as Long.class");
        }
    }

    private <V> V javaValue(FieldInfo f, Object stored, Class<V> type) {
        return stored == null ? null : type.cast(f.fromStored(stored));
    }

}
