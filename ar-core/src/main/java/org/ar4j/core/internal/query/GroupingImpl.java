package org.ar4j.core.internal.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ar4j.ActiveRecord;
import org.ar4j.QueryException;
import org.ar4j.core.internal.meta.FieldInfo;
import org.ar4j.core.internal.session.Session;
import org.ar4j.query.GroupRow;
import org.ar4j.query.Grouping;
import org.ar4j.query.Order;
import org.ar4j.query.Predicate;
import org.ar4j.spi.Read;
import org.ar4j.spi.Aggregate;
import org.ar4j.spi.AggregateSelect;
import org.ar4j.spi.RowCursor;

/** The one {@link Grouping}: immutable; {@link #rows()} runs one grouped statement, then filters by having. */
final class GroupingImpl implements Grouping {
    /** One aggregate column: its name in having, its kind and field. */
    record Column(String label, String kind, FieldInfo field) {
    }

    private final Session db;
    private final QuerySpec query;
    private final List<FieldInfo> groups;
    private final List<Column> columns;
    private final Predicate having;

    GroupingImpl(Session db, QuerySpec query, List<FieldInfo> groups, List<Column> columns, Predicate having) {
        this.db = db;
        this.query = query;
        this.groups = groups;
        this.columns = columns;
        this.having = having;
    }

    static Grouping of(Session db, QuerySpec q, String... fields) {
        if (fields == null || fields.length == 0) {
            throw new QueryException("groupBy() on " + q.model().name() + " needs at least one field");
        }
        new QueryValues(db, q).conditionsOnly("groupBy");
        List<FieldInfo> groups = new ArrayList<>();
        for (String f : fields) {
            groups.add(q.model().field(f));
        }
        return new GroupingImpl(db, q, List.copyOf(groups), List.of(), null);
    }

    private Grouping with(String kind, String field) {
        QueryValues values = new QueryValues(db, query);
        FieldInfo f = field == null ? null : (kind.equals("min") || kind.equals("max") ? values.ordered(kind, field)
                : values.numericField(kind.equals("avg") ? "average" : kind, field));
        List<Column> more = new ArrayList<>(columns);
        more.add(new Column(field == null ? "count" : kind + "(" + f.javaName() + ")", kind, f));
        return new GroupingImpl(db, query, groups, List.copyOf(more), having);
    }

    @Override
    public Grouping count() {
        return with("count", null);
    }

    @Override
    public Grouping sum(String field) {
        return with("sum", field);
    }

    @Override
    public Grouping min(String field) {
        return with("min", field);
    }

    @Override
    public Grouping max(String field) {
        return with("max", field);
    }

    @Override
    public Grouping average(String field) {
        return with("avg", field);
    }

    @Override
    public Grouping having(Predicate condition) {
        if (condition == null) {
            throw new QueryException("having(...) got a null condition");
        }
        Having.check(condition, names());
        return new GroupingImpl(db, query, groups, columns,
                having == null ? condition : new Predicate.And(List.of(having, condition)));
    }

    private List<String> names() {
        List<String> names = new ArrayList<>();
        groups.forEach(g -> names.add(g.javaName()));
        columns.forEach(c -> names.add(c.label()));
        return names;
    }

    @Override
    public List<GroupRow> rows() {
        List<Aggregate> aggregates = new ArrayList<>();
        int[] at = new int[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            at[i] = aggregates.size();
            aggregates.add(new Aggregate(switch (c.kind()) {
                case "count" -> Aggregate.Function.COUNT;
                case "min" -> Aggregate.Function.MIN;
                case "max" -> Aggregate.Function.MAX;
                default -> Aggregate.Function.SUM;
            }, c.field() == null ? null : c.field().column()));
            if (c.kind().equals("sum") || c.kind().equals("avg")) {
                aggregates.add(new Aggregate(Aggregate.Function.COUNT, c.field().column()));
            }
        }
        List<Order> order = new ArrayList<>();
        groups.forEach(g -> order.add(Order.asc(g.column())));
        AggregateSelect s = new AggregateSelect(query.model().tableSpec(), query.condition(),
                groups.stream().map(FieldInfo::column).toList(), aggregates, order);
        List<GroupRow> out = new ArrayList<>();
        ActiveRecord<?> scratch = (ActiveRecord<?>) query.model().newInstance();
        try (RowCursor cursor = db.backend().read(Read.aggregate(s))) {
            while (cursor.next()) {
                Map<String, Object> values = new HashMap<>();
                for (int g = 0; g < groups.size(); g++) {
                    values.put(groups.get(g).javaName(), javaValue(scratch, groups.get(g), cursor.get(g)));
                }
                for (int i = 0; i < columns.size(); i++) {
                    Column c = columns.get(i);
                    int idx = groups.size() + at[i];
                    values.put(c.label(), value(scratch, c, cursor.get(idx), c.kind().equals("sum") || c.kind().equals("avg")
                            ? cursor.get(idx + 1) : null));
                }
                GroupRowImpl row = new GroupRowImpl(query.model().name(), values);
                if (having == null || Having.matches(having, values)) {
                    out.add(row);
                }
            }
        }
        return out;
    }

    private static Object value(ActiveRecord<?> scratch, Column c, Object v, Object count) {
        return switch (c.kind()) {
            case "count" -> v == null ? 0L : ((Number) v).longValue();
            case "sum" -> count == null || ((Number) count).longValue() == 0 ? QueryValues.zeroOf(c.field())
                    : QueryValues.normalizedOf(c.field(), v);
            case "avg" -> count == null || ((Number) count).longValue() == 0 ? null
                    : v instanceof java.math.BigDecimal b ? b.divide(java.math.BigDecimal.valueOf(((Number) count).longValue()),
                    java.math.MathContext.DECIMAL64).doubleValue() : ((Number) v).doubleValue() / ((Number) count).longValue();
            default -> v == null ? null : javaValue(scratch, c.field(), QueryValues.normalizedOf(c.field(), v));
        };
    }

    private static Object javaValue(ActiveRecord<?> scratch, FieldInfo f, Object stored) {
        if (stored == null) {
            return null;
        }
        f.setStoredValue(scratch, stored);
        return f.javaValue(scratch);
    }
}
