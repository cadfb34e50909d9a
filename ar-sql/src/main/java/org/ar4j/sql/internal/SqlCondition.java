package org.ar4j.sql.internal;

import java.math.BigDecimal;
import java.util.List;

import org.ar4j.Capability;
import org.ar4j.UnsupportedCapabilityException;

import org.ar4j.spi.ColumnRef;
import org.ar4j.spi.Filter;
import org.ar4j.spi.LikePatterns;
import org.ar4j.spi.ColumnType;
import org.ar4j.spi.IndexSpec;
import org.ar4j.spi.TableSpec;
import org.ar4j.sql.ColumnCodec;
import org.ar4j.sql.JsonColumnCodec;
import org.ar4j.sql.SqlDialect;

/** Writes one condition: the one exhaustive visit of a predicate on the SQL side. */
final class SqlCondition implements Filter.Visitor<Void> {
    private final SqlRenderer renderer;
    private final SqlDialect d;
    private final boolean arrays;
    private final StringBuilder sb;
    private final TableSpec t;
    private final List<SqlRenderer.Bind> binds;
    /** How this table's columns are named from a subquery inside the condition. */
    private final String qualifier;
    private final int depth;
    /**
     * Whether the condition being written is under an odd number of NOTs. An index's condition beside an exact JSON
     * comparison is written only where it is not: it is FALSE where the comparison is UNKNOWN, which NOT would turn TRUE.
     */
    private boolean negated;

    SqlCondition(SqlRenderer renderer, StringBuilder sb, TableSpec t, List<SqlRenderer.Bind> binds, String qualifier,
                 int depth) {
        this.renderer = renderer;
        this.d = renderer.dialect();
        this.arrays = renderer.arrays();
        this.sb = sb;
        this.t = t;
        this.binds = binds;
        this.qualifier = qualifier;
        this.depth = depth;
    }

    /** A correlated (NOT) EXISTS over an aliased other table, its condition's columns being that table's. */
    @Override
    public Void exists(Filter.Exists e) {
        String alias = "ar4j_x" + depth;
        sb.append(e.negated() ? "NOT EXISTS (SELECT 1 FROM " : "EXISTS (SELECT 1 FROM ").append(renderer.q(e.table().name()))
                .append(' ').append(alias).append(" WHERE ").append(alias).append('.').append(renderer.q(e.column()))
                .append(" = ").append(qualifier).append('.').append(renderer.q(e.outerColumn()));
        if (e.where() != null) {
            sb.append(" AND (");
            e.where().accept(new SqlCondition(renderer, sb, e.table(), binds, alias, depth + 1));
            sb.append(')');
        }
        sb.append(')');
        return null;
    }

    @Override
    public Void json(Filter.Json f) {
        JsonColumnCodec j = d.types().codec(ColumnType.JSON).json();
        if (j == null) {
            throw new UnsupportedCapabilityException(d.name(), Capability.JSON_PATHS, "conditions inside JSON documents");
        }
        String column = renderer.q(f.column());
        JsonColumnCodec.Params params = (value, type) -> {
            binds.add(new SqlRenderer.Bind(value, type, false));
            return "?";
        };
        switch (f.test()) {
            case IS_NULL -> sb.append(j.isNull(column, f.path(), params));
            case IS_NOT_NULL -> sb.append("NOT (").append(j.isNull(column, f.path(), params)).append(')');
            case CONTAINS -> sb.append(j.contains(column, f.path(), f.value(), params));
            default -> {
                Object v = f.value() instanceof BigDecimal b ? j.number(b) : f.value();
                JsonColumnCodec.Kind kind = v instanceof String ? JsonColumnCodec.Kind.STRING
                        : v instanceof Boolean ? JsonColumnCodec.Kind.BOOLEAN : JsonColumnCodec.Kind.NUMBER;
                ColumnType type = ColumnType.ofCanonical(v);
                String indexed = f.test() == Filter.Json.Test.EQ && !negated ? indexed(j, f, kind, v, params) : null;
                if (indexed != null) {
                    sb.append(indexed).append(" AND ");
                }
                sb.append(j.scalar(column, f.path(), kind, params)).append(' ').append(symbol(f.test())).append(' ')
                        .append(d.types().codec(type).comparable("?"));
                binds.add(new SqlRenderer.Bind(v, type, false));
            }
        }
        return null;
    }

    /** The condition answered by an index on the filter's path, if the table has one and it helps; else null. */
    private String indexed(JsonColumnCodec j, Filter.Json f, JsonColumnCodec.Kind kind, Object v,
                           JsonColumnCodec.Params params) {
        for (IndexSpec ix : t.indexes()) {
            if (ix.onPath() && ix.columns().get(0).equals(f.column()) && ix.path().equals(f.path())) {
                return j.indexedEquals(renderer.q(f.column()), f.path(), renderer.q(ix.name()), kind, v, params);
            }
        }
        return null;
    }

    private static String symbol(Filter.Json.Test t) {
        return switch (t) {
            case EQ -> "=";
            case NE -> "<>";
            case LT -> "<";
            case LE -> "<=";
            case GT -> ">";
            default -> ">=";
        };
    }

    @Override
    public Void compare(Filter.Compare c) {
        ColumnType type = t.typeOf(c.column());
        if (c.value() instanceof ColumnRef other) {   // two columns of the row: NULL on either side is UNKNOWN
            sb.append(d.types().codec(type).comparable(renderer.q(c.column()))).append(' ').append(c.operator().symbol())
                    .append(' ').append(d.types().codec(type).comparable(renderer.q(other.column())));
            return null;
        }
        sb.append(d.types().codec(type).comparable(renderer.q(c.column()))).append(' ').append(c.operator().symbol()).append(' ')
                .append(d.types().codec(type).comparable("?"));
        binds.add(new SqlRenderer.Bind(c.value(), type, false));
        return null;
    }

    @Override
    public Void in(Filter.In in) {
        if (in.values().isEmpty()) {
            sb.append(in.negated() ? "1 = 1" : "1 = 0");
            return null;
        }
        ColumnType type = t.typeOf(in.column());
        if (in.values().size() == 1) { // one key binds as = ?, not as a one-element list or array
            sb.append(d.types().codec(type).comparable(renderer.q(in.column()))).append(in.negated() ? " <> " : " = ")
                    .append(d.types().codec(type).comparable("?"));
            binds.add(new SqlRenderer.Bind(in.values().get(0), type, false));
            return null;
        }
        if (arrays && d.types().codec(type).arrayElementType() != null) {
            sb.append(in.negated() ? "NOT (" : "").append(renderer.q(in.column())).append(" = ANY(?)")
                    .append(in.negated() ? ")" : "");
            binds.add(new SqlRenderer.Bind(in.values(), type, true));
            return null;
        }
        sb.append(d.types().codec(type).comparable(renderer.q(in.column()))).append(in.negated() ? " NOT IN (" : " IN (");
        String param = d.types().codec(type).comparable("?");
        sb.ensureCapacity(sb.length() + in.values().size() * (param.length() + 2) + 1);
        for (int i = 0; i < in.values().size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(param);
        }
        binds.add(new SqlRenderer.Bind(in.values(), type, false, true));
        sb.append(')');
        return null;
    }

    @Override
    public Void isNull(Filter.IsNull n) {
        sb.append(renderer.q(n.column())).append(n.negated() ? " IS NOT NULL" : " IS NULL");
        return null;
    }

    @Override
    public Void like(Filter.Like l) {
        String column = renderer.q(l.column());
        sb.append(l.ignoreCase() ? d.syntax().foldAscii(column) : column).append(" LIKE ")
                .append(d.types().codec(ColumnType.STRING).comparable("?")).append(d.syntax().clauses().likeEscape());
        binds.add(new SqlRenderer.Bind(l.ignoreCase() ? LikePatterns.foldAscii(l.pattern()) : l.pattern(),
                ColumnType.STRING, false));
        return null;
    }

    @Override
    public Void between(Filter.Between b) {
        ColumnType type = t.typeOf(b.column());
        ColumnCodec codec = d.types().codec(type);
        sb.append(codec.comparable(renderer.q(b.column()))).append(" BETWEEN ").append(codec.comparable("?"))
                .append(" AND ").append(codec.comparable("?"));
        binds.add(new SqlRenderer.Bind(b.low(), type, false));
        binds.add(new SqlRenderer.Bind(b.high(), type, false));
        return null;
    }

    @Override
    public Void and(Filter.And a) {
        return junction(a.parts(), " AND ", "1 = 1");
    }

    @Override
    public Void or(Filter.Or o) {
        List<String> row = d.features().capabilities().contains(Capability.ROW_VALUES) ? rowOf(o) : null;
        if (row != null) {
            rowValuesIn(o, row);
            return null;
        }
        return junction(o.parts(), " OR ", "1 = 0");
    }

    /**
     * The columns of an OR of one AND of equalities per key, over the same two or more columns in the same order (a
     * composite key's lookup), or null for any other shape.
     */
    private static List<String> rowOf(Filter.Or o) {
        List<String> columns = null;
        for (Filter part : o.parts()) {
            if (!(part instanceof Filter.And a) || a.parts().size() < 2) {
                return null;
            }
            List<String> mine = new java.util.ArrayList<>(a.parts().size());
            for (Filter f : a.parts()) {
                if (!(f instanceof Filter.Compare c) || c.operator() != org.ar4j.query.Predicate.Operator.EQ
                        || c.value() == null) {
                    return null;
                }
                mine.add(c.column());
            }
            if (columns != null && !columns.equals(mine)) {
                return null;
            }
            columns = mine;
        }
        return o.parts().size() < 2 ? null : columns;
    }

    /** {@code (a, b) IN ((?, ?), (?, ?))}: the same rows as the OR of ANDs, as one row-value comparison. */
    private void rowValuesIn(Filter.Or o, List<String> columns) {
        sb.append('(');
        for (int i = 0; i < columns.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(d.types().codec(t.typeOf(columns.get(i))).comparable(
                    renderer.q(columns.get(i))));
        }
        sb.append(") IN (");
        for (int k = 0; k < o.parts().size(); k++) {
            sb.append(k == 0 ? "(" : ", (");
            List<Filter> parts = ((Filter.And) o.parts().get(k)).parts();
            for (int i = 0; i < parts.size(); i++) {
                ColumnType type = t.typeOf(columns.get(i));
                sb.append(i == 0 ? "" : ", ").append(d.types().codec(type).comparable("?"));
                binds.add(new SqlRenderer.Bind(((Filter.Compare) parts.get(i)).value(), type, false));
            }
            sb.append(')');
        }
        sb.append(')');
    }

    @Override
    public Void not(Filter.Not n) {
        sb.append("NOT (");
        negated = !negated;
        n.part().accept(this);
        negated = !negated;
        sb.append(')');
        return null;
    }

    @Override
    public Void raw(Filter.Raw r) {
        // The newline ends a trailing -- comment of the raw SQL before the closing parenthesis.
        sb.append('(').append(r.sql()).append("\n)");
        for (Object v : r.parameters()) {
            binds.add(new SqlRenderer.Bind(v, ColumnType.ofCanonical(v), false));
        }
        return null;
    }

    private Void junction(List<Filter> parts, String op, String empty) {
        if (parts.isEmpty()) {
            sb.append(empty);
            return null;
        }
        sb.append('(');
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                sb.append(op);
            }
            parts.get(i).accept(this);
        }
        sb.append(')');
        return null;
    }
}
