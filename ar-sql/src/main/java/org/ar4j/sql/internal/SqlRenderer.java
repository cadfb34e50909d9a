package org.ar4j.sql.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.ar4j.query.Order;
import org.ar4j.spi.ColumnRef;
import org.ar4j.spi.Filter;
import org.ar4j.spi.Lookup;
import org.ar4j.spi.Aggregate;
import org.ar4j.spi.AggregateSelect;
import org.ar4j.spi.ColumnSpec;
import org.ar4j.spi.ColumnType;
import org.ar4j.spi.Select;
import org.ar4j.spi.TableSpec;
import org.ar4j.sql.SqlDialect;

/** Renders specs to SQL text with placeholders and a list of binds. Values never enter the text. */
final class SqlRenderer {
    /**
     * A value to bind: canonical value and column type (null type for raw-SQL parameters). {@code array}: the value is
     * a key list bound as one array parameter; {@code each}: a key list bound element by element to as many
     * consecutive parameters (an IN list: one bind description for the list, not one per key).
     */
    record Bind(Object value, ColumnType type, boolean array, boolean each) {
        Bind(Object value, ColumnType type, boolean array) {
            this(value, type, array, false);
        }

        /** How many parameters this bind fills. */
        int parameters() {
            return each ? ((List<?>) value).size() : 1;
        }
    }

    /** SQL text and its binds, in order; for a select, the types of its columns (null for other statements). */
    record Sql(String text, List<Bind> binds, ColumnType[] columnTypes) {
        Sql(String text, List<Bind> binds) {
            this(text, binds, null);
        }
    }

    private final SqlDialect d;
    private final SqlDdlText ddl;
    private final Map<String, String> quoted = new ConcurrentHashMap<>();
    /** Whether the backend declared {@link org.ar4j.Capability#ARRAY_BINDING}. */
    private final boolean arrays;
    /** Rendered texts of the selects whose text does not depend on their values. */
    private final SelectShapes shapes = new SelectShapes();

    SqlDialect dialect() {
        return d;
    }

    /** Whether IN lists bind one array parameter. */
    boolean arrays() {
        return arrays;
    }

    SqlRenderer(SqlDialect dialect, boolean arrays) {
        this.d = dialect;
        this.ddl = new SqlDdlText(this);
        this.arrays = arrays;
    }

    /**
     * The dialect's quoting of an identifier, computed once per identifier: identifiers come only from model
     * metadata, so the map is bounded by the models' tables, columns and indexes.
     */
    String q(String identifier) {
        String done = quoted.get(identifier);
        if (done == null) {
            done = d.quote(identifier);
            quoted.put(identifier, done);
        }
        return done;
    }

    Sql select(Select s) {
        Filter.Compare c = s.where() instanceof Filter.Compare cmp && cmp.value() != null ? cmp : null;
        if (s.partition() != null || (s.where() != null && c == null) || !s.lookups().isEmpty()) {
            return render(s);
        }
        SelectShapes.Rendered hit = shapes.get(s, c);
        if (hit == null) {
            Sql sql = render(s);
            shapes.put(s, c, new SelectShapes.Rendered(sql.text(), c == null ? null : s.table().typeOf(c.column()),
                    sql.columnTypes()));
            return sql;
        }
        if (s.limit() == null && s.offset() == null) {
            return new Sql(hit.text(), c == null ? List.of() : List.of(new Bind(c.value(), hit.keyType(), false)),
                    hit.columnTypes());
        }
        List<Bind> binds = new ArrayList<>(3);
        if (c != null) {
            binds.add(new Bind(c.value(), hit.keyType(), false));
        }
        appendLimit(null, s.limit(), s.offset(), binds);
        return new Sql(hit.text(), binds, hit.columnTypes());
    }

    /** The types of a select's columns, in order. */
    private static ColumnType[] columnTypes(Select select) {
        int own = select.columns().size();
        ColumnType[] types = new ColumnType[own + SqlJoins.width(select.lookups())];
        for (int i = 0; i < own; i++) {
            types[i] = select.table().typeOf(select.columns().get(i));
        }
        SqlJoins.types(select.lookups(), types, own);
        return types;
    }

    private Sql render(Select s) {
        StringBuilder sb = new StringBuilder(128);
        List<Bind> binds = new ArrayList<>();
        String cols = columns(s.columns());
        if (s.partition() != null) {
            // Exact per-owner limit: number the rows of each partition and keep the first n.
            String part = q(s.partition().column());
            sb.append("SELECT ").append(cols).append(" FROM (SELECT ").append(cols).append(", ROW_NUMBER() OVER (PARTITION BY ")
                    .append(part);
            appendOrder(sb, s.table(), s.orderBy());
            sb.append(") AS ar4j_rn FROM ").append(q(s.table().name()));
            appendWhere(sb, s.table(), s.where(), binds);
            sb.append(") ar4j_w WHERE ar4j_rn <= ?");
            binds.add(new Bind(s.partition().limit(), ColumnType.INTEGER, false));
            List<Order> outer = new ArrayList<>();
            outer.add(Order.asc(s.partition().column()));
            outer.addAll(s.orderBy());
            appendOrder(sb, s.table(), outer);
        } else {
            sb.append("SELECT ").append(cols);
            SqlJoins.columns(this, sb, s.lookups());
            sb.append(" FROM ").append(q(s.table().name()));
            SqlJoins.joins(this, sb, s.table(), s.lookups(), binds);
            appendWhere(sb, s.table(), s.where(), binds);
            appendOrder(sb, s.table(), s.orderBy(), s.lookups());
        }
        appendLimit(sb, s.limit(), s.offset(), binds);
        if (s.locking() != null) {
            sb.append(d.syntax().lockingClause(s.locking()));
        }
        return new Sql(sb.toString(), binds, columnTypes(s));
    }

    Sql count(Select s) {
        StringBuilder sb = new StringBuilder(96);
        List<Bind> binds = new ArrayList<>();
        if (s.limit() == null && s.offset() == null) {
            sb.append("SELECT COUNT(*) FROM ").append(q(s.table().name()));
            appendWhere(sb, s.table(), s.where(), binds);
        } else {
            sb.append("SELECT COUNT(*) FROM (SELECT 1 AS ar4j_one FROM ").append(q(s.table().name()));
            appendWhere(sb, s.table(), s.where(), binds);
            appendOrder(sb, s.table(), s.orderBy());
            appendLimit(sb, s.limit(), s.offset(), binds);
            sb.append(") ar4j_c");
        }
        return new Sql(sb.toString(), binds);
    }

    /** SELECT group columns, aggregates FROM t WHERE ... GROUP BY ... ORDER BY ... */
    Sql aggregate(AggregateSelect s) {
        TableSpec t = s.table();
        StringBuilder sb = new StringBuilder("SELECT ");
        List<String> parts = new ArrayList<>();
        s.groupBy().forEach(g -> parts.add(q(g)));
        for (Aggregate a : s.aggregates()) {
            parts.add(a.column() == null ? "COUNT(*)"
                    : d.types().codec(t.typeOf(a.column()))
                    .aggregate(a.function().name(), q(a.column())));
        }
        sb.append(String.join(", ", parts)).append(" FROM ").append(q(t.name()));
        List<Bind> binds = new ArrayList<>();
        appendWhere(sb, t, s.where(), binds);
        if (!s.groupBy().isEmpty()) {
            sb.append(" GROUP BY ").append(String.join(", ", s.groupBy().stream().map(this::q).toList()));
        }
        appendOrder(sb, t, s.orderBy());
        return new Sql(sb.toString(), binds);
    }

    String insert(TableSpec t, List<String> columns) {
        if (columns.isEmpty()) {
            return "INSERT INTO " + q(t.name()) + d.syntax().commands().insertDefaultValues();
        }
        StringBuilder sb = new StringBuilder("INSERT INTO ").append(q(t.name())).append(" (");
        StringBuilder ph = new StringBuilder();
        for (int i = 0; i < columns.size(); i++) {
            if (i > 0) {
                sb.append(", ");
                ph.append(", ");
            }
            sb.append(q(columns.get(i)));
            ph.append('?');
        }
        return sb.append(") VALUES (").append(ph).append(')').toString();
    }

    Sql update(TableSpec t, Map<String, Object> values, Filter where, List<String> increments) {
        StringBuilder sb = new StringBuilder("UPDATE ").append(q(t.name())).append(" SET ");
        List<Bind> binds = new ArrayList<>();
        boolean first = true;
        for (var e : values.entrySet()) {
            if (!first) {
                sb.append(", ");
            }
            first = false;
            if (e.getValue() instanceof ColumnRef ref) {   // a column of the same row, plus a delta
                sb.append(q(e.getKey())).append(" = ").append(q(ref.column()));
                if (ref.delta() != null) {
                    sb.append(" + ?");
                    binds.add(new Bind(ref.delta(), t.typeOf(e.getKey()), false));
                }
                continue;
            }
            sb.append(q(e.getKey())).append(" = ?");
            binds.add(new Bind(e.getValue(), t.typeOf(e.getKey()), false));
        }
        for (String column : increments) {
            if (!first) {
                sb.append(", ");
            }
            first = false;
            sb.append(q(column)).append(" = ").append(q(column)).append(" + 1");
        }
        appendWhere(sb, t, where, binds);
        return new Sql(sb.toString(), binds);
    }

    /** The DDL statements of this dialect. */
    SqlDdlText ddl() {
        return ddl;
    }

    Sql delete(TableSpec t, Filter where) {
        StringBuilder sb = new StringBuilder("DELETE FROM ").append(q(t.name()));
        List<Bind> binds = new ArrayList<>();
        appendWhere(sb, t, where, binds);
        return new Sql(sb.toString(), binds);
    }

    private String columns(List<String> cols) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cols.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(q(cols.get(i)));
        }
        return sb.toString();
    }

    private void appendOrder(StringBuilder sb, TableSpec t, List<Order> orders) {
        appendOrder(sb, t, orders, List.of());
    }

    /** ORDER BY the orders; one naming a lookup's column ({@link Lookup#orderColumn}) orders by the joined column. */
    private void appendOrder(StringBuilder sb, TableSpec t, List<Order> orders, List<Lookup> lookups) {
        for (int i = 0; i < orders.size(); i++) {
            Order o = orders.get(i);
            sb.append(i == 0 ? " ORDER BY " : ", ");
            int[] joined = lookups.isEmpty() ? null : Lookup.ofOrderColumn(o.field());
            if (joined != null) {   // a joined row may be missing: nullable
                Lookup l = lookups.get(joined[0]);
                ColumnType type = l.target().typeOf(l.columns().get(joined[1]));
                String alias = "ar4j_j" + joined[0];
                sb.append(d.syntax().orderTerm(d.types().codec(type).comparable(q(alias) + "." + q(o.field())),
                        o.ascending(), true));
                continue;
            }
            ColumnSpec c = t.column(o.field());
            sb.append(d.syntax().orderTerm(d.types().codec(c.type()).comparable(q(o.field())), o.ascending(),
                    c.nullable()));
        }
    }

    /** Appends the LIMIT/OFFSET clause (unless {@code sb} is null: binds only, for a cached text) and its binds. */
    private void appendLimit(StringBuilder sb, Integer limit, Long offset, List<Bind> binds) {
        String clause = d.syntax().limitClause(limit != null, offset != null);
        if (clause == null) {
            return;
        }
        if (sb != null) {
            sb.append(' ').append(clause);
        }
        if (limit != null) {
            binds.add(new Bind(limit, ColumnType.INTEGER, false));
        }
        if (offset != null) {
            binds.add(new Bind(offset, ColumnType.LONG, false));
        }
    }

    private void appendWhere(StringBuilder sb, TableSpec t, Filter p, List<Bind> binds) {
        if (p != null) {
            sb.append(" WHERE ");
            predicate(sb, t, p, binds);
        }
    }

    void predicate(StringBuilder sb, TableSpec t, Filter p, List<Bind> binds) {
        p.accept(new SqlCondition(this, sb, t, binds, q(t.name()), 1));
    }
}
