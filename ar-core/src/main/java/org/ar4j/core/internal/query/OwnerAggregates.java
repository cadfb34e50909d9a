package org.ar4j.core.internal.query;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ar4j.ActiveRecord;
import org.ar4j.Ar4jException;
import org.ar4j.core.internal.meta.Conditions;
import org.ar4j.core.internal.meta.FieldInfo;
import org.ar4j.core.internal.meta.ModelInfo;
import org.ar4j.core.internal.meta.RelationInfo;
import org.ar4j.core.internal.meta.Values;
import org.ar4j.core.internal.session.AggregateKey;
import org.ar4j.core.internal.session.AggregateKey.Kind;
import org.ar4j.core.internal.session.RecordState;
import org.ar4j.core.internal.session.Records;
import org.ar4j.core.internal.session.Session;
import org.ar4j.query.Order;
import org.ar4j.query.Predicate;
import org.ar4j.spi.Read;
import org.ar4j.spi.Filter;
import org.ar4j.relation.Relation;
import org.ar4j.spi.Aggregate;
import org.ar4j.spi.AggregateSelect;
import org.ar4j.Capability;
import org.ar4j.spi.PartitionLimit;
import org.ar4j.spi.RowCursor;
import org.ar4j.spi.Select;

/**
 * Computes per-owner aggregates for many owners at once: one grouped statement per aggregate and chunk of
 * owner keys (chunks as large as the backend binds), zero or empty for owners without related records.
 */
public final class OwnerAggregates {
    private OwnerAggregates() {
    }

    /** Attaches each aggregate's value to every owner, under the aggregate's key. */
    public static void attach(Session db, List<? extends ActiveRecord<?>> owners, List<OwnerAggregate> aggregates) {
        for (OwnerAggregate a : aggregates) {
            Map<Object, Object> byOwner = compute(db, owners, a);
            AggregateKey key = a.key();
            for (ActiveRecord<?> o : owners) {
                RecordState st = Records.state(o);
                Map<AggregateKey, Object> attached = st.aggregates();
                if (attached == null) {
                    attached = new HashMap<>();
                    st.setAggregates(attached);
                }
                Object k = key(a.relation().ownerKey(), o);
                attached.put(key, k == null ? valueWithout(a) : byOwner.get(k));
            }
        }
    }

    /** The value for each owner (by normalized owner key). */
    public static Map<Object, Object> compute(Session db, List<? extends ActiveRecord<?>> owners, OwnerAggregate a) {
        RelationInfo r = a.relation();
        boolean through = r.kind() == Relation.Kind.HAS_MANY_THROUGH;
        ModelInfo table = through ? r.join() : r.target();
        FieldInfo fk = through ? r.joinOwnerKey() : r.targetKey();
        Map<Object, Object> distinct = new LinkedHashMap<>();
        for (ActiveRecord<?> o : owners) {
            Object k = r.ownerKey().storedValue(o);
            if (k != null) {
                distinct.putIfAbsent(Values.key(k), Values.coerceKey(fk, k));
            }
        }
        List<Aggregate> functions = new ArrayList<>();
        functions.add(new Aggregate(a.function(), a.field() == null ? null : a.field().column()));
        boolean counted = a.kind().sums();
        if (counted) {
            functions.add(new Aggregate(Aggregate.Function.COUNT, a.field().column()));
        }
        Filter extra = Conditions.and(through ? null : r.condition(), a.resolved());
        Map<Object, Object[]> rows = new HashMap<>();
        List<Object> keys = new ArrayList<>(distinct.values());
        int max = db.backend().maxKeysPerQuery(Conditions.parameterCount(extra));
        if (max < 1) {
            throw new Ar4jException("The " + db.backendName() + " backend cannot bind any key next to the condition of "
                    + r.qualifiedName());
        }
        if (r.spec().scope().limit() != null && a.kind() != Kind.COUNT) {
            rows.putAll(limitedRows(db, a, keys, extra, max));
            keys = List.of();
        }
        for (int from = 0; from < keys.size(); from += max) {
            List<Object> chunk = keys.subList(from, Math.min(keys.size(), from + max));
            Filter where = Conditions.and(new Filter.In(fk.column(), chunk, false), extra);
            AggregateSelect s = new AggregateSelect(table.tableSpec(), where, List.of(fk.column()), functions, List.of());
            try (RowCursor c = db.backend().read(Read.aggregate(s))) {
                while (c.next()) {
                    Object[] values = new Object[functions.size()];
                    for (int i = 0; i < values.length; i++) {
                        values[i] = c.get(i + 1);
                    }
                    rows.put(Values.key(c.get(0)), values);
                }
            }
        }
        Map<Object, Object> out = new HashMap<>();
        for (Object k : distinct.keySet()) {
            out.put(k, value(a, rows.get(k)));
        }
        return out;
    }

    /**
     * A sum, mean or extreme over a relation with a per-owner limit: only each owner's first n related records in
     * the relation's order (completed by the id) count, so they are read (one windowed query per chunk of keys, or
     * one limited query per owner without window functions) and aggregated here, in the same form as the grouped
     * statement's rows: the aggregate, then the number of non-null values.
     */
    private static Map<Object, Object[]> limitedRows(Session db, OwnerAggregate a, List<Object> keys, Filter extra,
                                                     int max) {
        RelationInfo r = a.relation();
        ModelInfo table = r.target();   // a limited relation's aggregate of a field is never through a join model
        FieldInfo fk = r.targetKey();
        int limit = r.spec().scope().limit();
        List<Order> order = r.completedById(r.order());
        // the outer ORDER BY of a windowed select names its columns, so the ordering ones are read too
        java.util.LinkedHashSet<String> read = new java.util.LinkedHashSet<>(List.of(fk.column(), a.field().column()));
        order.forEach(o -> read.add(o.field()));
        List<String> columns = List.copyOf(read);
        Map<Object, List<Object>> values = new HashMap<>();
        boolean window = db.backend().supports(Capability.WINDOW_FUNCTIONS);
        int step = window ? max : 1;
        for (int from = 0; from < keys.size(); from += step) {
            List<Object> chunk = keys.subList(from, Math.min(keys.size(), from + step));
            Filter where = Conditions.and(window ? new Filter.In(fk.column(), chunk, false)
                    : new Filter.Compare(fk.column(), Predicate.Operator.EQ, chunk.get(0)), extra);
            Select s = new Select(table.tableSpec(), columns, where, order, new Select.Window(window ? null : limit,
                    null, window ? new PartitionLimit(fk.column(), limit) : null), null, List.of());
            try (RowCursor c = db.backend().read(Read.find(s))) {
                while (c.next()) {
                    Object v = c.get(1);
                    List<Object> list = values.computeIfAbsent(Values.key(c.get(0)), k -> new ArrayList<>());
                    if (v != null) {
                        list.add(v);
                    }
                }
            }
        }
        Map<Object, Object[]> rows = new HashMap<>();
        values.forEach((k, vs) -> rows.put(k, new Object[] {vs.isEmpty() ? null : fold(a.kind(), vs), (long) vs.size()}));
        return rows;
    }

    /** The aggregate of non-null canonical values: a sum (as a Long, Double or BigDecimal), or the least or greatest. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object fold(Kind kind, List<Object> vs) {
        if (kind.extreme()) {
            Comparable best = null;
            for (Object v : vs) {
                Comparable c = (Comparable) v;
                if (best == null || (kind == Kind.MIN ? c.compareTo(best) < 0 : c.compareTo(best) > 0)) {
                    best = c;
                }
            }
            return best;
        }
        Object first = vs.get(0);
        if (first instanceof BigDecimal) {
            BigDecimal sum = BigDecimal.ZERO;
            for (Object v : vs) {
                sum = sum.add((BigDecimal) v);
            }
            return sum;
        }
        if (first instanceof Double) {
            double sum = 0;
            for (Object v : vs) {
                sum += (Double) v;
            }
            return sum;
        }
        long sum = 0;
        for (Object v : vs) {
            sum = Math.addExact(sum, ((Number) v).longValue());
        }
        return sum;
    }

    /** The value for an owner without related records (or without a key): zero, or null. */
    public static Object valueWithout(OwnerAggregate a) {
        return value(a, null);
    }

    /** The value as the caller reads it: a MIN or MAX as the field's Java value, the rest as computed. */
    public static Object javaValue(OwnerAggregate a, Object v) {
        if (v == null || !a.kind().extreme()) {
            return v;
        }
        ActiveRecord<?> scratch = (ActiveRecord<?>) a.relation().target().newInstance();
        a.field().setStoredValue(scratch, v);
        return a.field().javaValue(scratch);
    }

    /** An owner's key, normalized for lookups. */
    public static Object key(FieldInfo ownerKey, ActiveRecord<?> owner) {
        Object k = ownerKey.storedValue(owner);
        return k == null ? null : Values.key(k);
    }

    /** The value for one owner: a count, a sum (zero without values), a mean, or an extreme (null without values). */
    static Object value(OwnerAggregate a, Object[] row) {
        Integer limit = a.relation().spec().scope().limit();
        return switch (a.kind()) {
            case COUNT -> {
                long n = row == null || row[0] == null ? 0L : ((Number) row[0]).longValue();
                yield limit == null ? n : Math.min(n, limit);
            }
            case SUM -> row == null || ((Number) row[1]).longValue() == 0 ? QueryValues.zeroOf(a.field())
                    : QueryValues.normalizedOf(a.field(), row[0]);
            case AVG -> {
                if (row == null || ((Number) row[1]).longValue() == 0) {
                    yield null;
                }
                long n = ((Number) row[1]).longValue();
                yield row[0] instanceof BigDecimal b ? b.divide(BigDecimal.valueOf(n), java.math.MathContext.DECIMAL64)
                        .doubleValue() : ((Number) row[0]).doubleValue() / n;
            }
            case MIN, MAX -> row == null || row[0] == null ? null : QueryValues.normalizedOf(a.field(), row[0]);
        };
    }
}
