package org.ar4j.backend.memory;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ar4j.query.Order;
import org.ar4j.spi.Aggregate;
import org.ar4j.spi.AggregateSelect;
import org.ar4j.spi.ColumnType;
import org.ar4j.spi.Select;

/** Selects, counts and grouped reads over a state, as result rows (values in the order asked for). */
final class MemoryReads {
    private MemoryReads() {
    }

    /** The rows a select returns: matching, ordered, per-partition limited, offset and limited, projected. */
    static List<Object[]> select(MemoryState state, Select s) {
        MemoryTable t = state.table(s.table().name());
        List<Object[]> rows = matching(state, t, s);
        if (s.partition() != null) {
            rows = partitioned(rows, t.index(s.partition().column()), s.partition().limit());
        }
        rows = page(rows, s.offset(), s.limit());
        int[] at = positions(t, s.columns());
        List<Object[]> out = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            Object[] o = new Object[at.length];
            for (int i = 0; i < at.length; i++) {
                o[i] = r[at[i]];
            }
            out.add(o);
        }
        return out;
    }

    /** How many rows a select returns. */
    static long count(MemoryState state, Select s) {
        MemoryTable t = state.table(s.table().name());
        return page(matching(state, t, s), s.offset(), s.limit()).size();
    }

    private static List<Object[]> matching(MemoryState state, MemoryTable t, Select s) {
        List<Object[]> rows = new ArrayList<>();
        for (Object[] r : t.rows()) {
            if (RowTruth.matches(s.where(), t.columns(), r, state)) {
                rows.add(r);
            }
        }
        if (!s.orderBy().isEmpty()) {
            rows.sort(MemoryValues.order(s.orderBy(), t.columns()));
        }
        return rows;
    }

    private static List<Object[]> partitioned(List<Object[]> rows, int key, int limit) {
        Map<Object, Integer> seen = new HashMap<>();
        List<Object[]> out = new ArrayList<>();
        for (Object[] r : rows) {
            Object k = r[key] instanceof byte[] b ? java.nio.ByteBuffer.wrap(b) : normalized(r[key]);
            int n = seen.merge(k, 1, Integer::sum);
            if (n <= limit) {
                out.add(r);
            }
        }
        return out;
    }

    /** A key for maps: numbers of any integral class as Long, decimals without trailing zeros. */
    static Object normalized(Object v) {
        if (v instanceof Integer i) {
            return (long) i;
        }
        if (v instanceof BigDecimal d) {
            return d.signum() == 0 ? BigDecimal.ZERO : d.stripTrailingZeros();
        }
        return v;
    }

    private static List<Object[]> page(List<Object[]> rows, Long offset, Integer limit) {
        int from = offset == null ? 0 : (int) Math.min(rows.size(), offset);
        int to = limit == null ? rows.size() : (int) Math.min(rows.size(), (long) from + limit);
        return rows.subList(from, to);
    }

    private static int[] positions(MemoryTable t, List<String> columns) {
        int[] at = new int[columns.size()];
        for (int i = 0; i < at.length; i++) {
            at[i] = t.index(columns.get(i));
            if (at[i] < 0) {
                throw new org.ar4j.BackendException("No column " + columns.get(i) + " in table " + t.name() + " on memory");
            }
        }
        return at;
    }

    /** Grouped rows: the group columns, then each aggregate; one row without groups, even over no rows. */
    static List<Object[]> aggregate(MemoryState state, AggregateSelect s) {
        MemoryTable t = state.table(s.table().name());
        int[] groups = positions(t, s.groupBy());
        Map<List<Object>, List<Object[]>> byGroup = new LinkedHashMap<>();
        if (groups.length == 0) {
            byGroup.put(List.of(), new ArrayList<>());
        }
        for (Object[] r : t.rows()) {
            if (RowTruth.matches(s.where(), t.columns(), r, state)) {
                List<Object> key = new ArrayList<>(groups.length);
                for (int g : groups) {
                    key.add(normalized(r[g]));
                }
                byGroup.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
            }
        }
        List<Object[]> out = new ArrayList<>();
        for (List<Object[]> rows : byGroup.values()) {
            Object[] o = new Object[groups.length + s.aggregates().size()];
            for (int i = 0; i < groups.length; i++) {
                o[i] = rows.get(0)[groups[i]];
            }
            for (int i = 0; i < s.aggregates().size(); i++) {
                Aggregate a = s.aggregates().get(i);
                o[groups.length + i] = aggregate(a, a.column() == null ? -1 : t.index(a.column()), rows,
                        a.resultType(s.table()));
            }
            out.add(o);
        }
        List<String> outColumns = new ArrayList<>(s.groupBy());
        s.aggregates().forEach(a -> outColumns.add("\0" + a));
        List<Order> order = s.orderBy();
        if (!order.isEmpty()) {
            out.sort(MemoryValues.order(order, outColumns));
        }
        return out;
    }

    private static Object aggregate(Aggregate a, int column, List<Object[]> rows, ColumnType type) {
        if (a.function() == Aggregate.Function.COUNT) {
            return column < 0 ? (long) rows.size() : rows.stream().filter(r -> r[column] != null).count();
        }
        Object acc = null;
        for (Object[] r : rows) {
            Object v = r[column];
            if (v == null) {
                continue;
            }
            if (acc == null) {
                acc = a.function() == Aggregate.Function.SUM ? sumStart(v, type) : v;
            } else {
                acc = switch (a.function()) {
                    case SUM -> add(acc, v);
                    case MIN -> MemoryValues.compare(v, acc) < 0 ? v : acc;
                    default -> MemoryValues.compare(v, acc) > 0 ? v : acc;
                };
            }
        }
        return acc;
    }

    private static Object sumStart(Object v, ColumnType type) {
        return type == ColumnType.LONG && v instanceof Integer i ? (Object) (long) i : v;
    }

    private static Object add(Object acc, Object v) {
        if (acc instanceof BigDecimal d) {
            return d.add((BigDecimal) v);
        }
        if (acc instanceof Double d) {
            return d + ((Number) v).doubleValue();
        }
        return Math.addExact((Long) acc, ((Number) v).longValue());
    }
}
