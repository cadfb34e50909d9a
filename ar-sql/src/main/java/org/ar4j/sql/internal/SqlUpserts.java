package org.ar4j.sql.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.ar4j.spi.ColumnSpec;
import org.ar4j.spi.TableSpec;
import org.ar4j.spi.UpsertRows;
import org.ar4j.sql.SqlDialect;
import org.ar4j.sql.UpsertStyle;

/**
 * Insert-or-write-over statements in the dialect's {@link UpsertStyle}, run as one batch of one
 * statement per row. A row written over keeps its key; its version is incremented; given keys advance the
 * generated-key counter as inserts do.
 */
final class SqlUpserts {
    private static final String SOURCE = "ar4j_s";

    private final SqlDialect d;
    private final SqlRenderer renderer;
    private final SqlInserts inserts;

    SqlUpserts(SqlDialect dialect, SqlRenderer renderer, SqlInserts inserts) {
        this.d = dialect;
        this.renderer = renderer;
        this.inserts = inserts;
    }

    String sql(UpsertRows u) {
        String t = renderer.q(u.table().name());
        List<String> sets = new ArrayList<>();
        for (String c : u.updated()) {
            String col = renderer.q(c);
            sets.add(col + " = " + switch (d.syntax().upsertStyle()) {
                case ON_CONFLICT -> "excluded." + col;
                case ON_DUPLICATE_KEY -> "VALUES(" + col + ")";
                case MERGE -> renderer.q(SOURCE) + "." + col;
            });
        }
        if (u.version() != null) {
            String v = renderer.q(u.version());
            sets.add(v + " = " + (d.syntax().upsertStyle() == UpsertStyle.ON_DUPLICATE_KEY ? v : t + "." + v) + " + 1");
        }
        return switch (d.syntax().upsertStyle()) {
            case ON_CONFLICT -> renderer.insert(u.table(), u.columns()) + " ON CONFLICT (" + list(u.conflict(), null)
                    + ") DO " + (sets.isEmpty() ? "NOTHING" : "UPDATE SET " + String.join(", ", sets));
            case ON_DUPLICATE_KEY -> renderer.insert(u.table(), u.columns()) + " ON DUPLICATE KEY UPDATE "
                    + (sets.isEmpty() ? renderer.q(u.conflict().get(0)) + " = " + renderer.q(u.conflict().get(0))
                    : String.join(", ", sets));
            case MERGE -> merge(u, t, sets);
        };
    }

    private String merge(UpsertRows u, String t, List<String> sets) {
        StringBuilder sb = new StringBuilder("MERGE INTO ").append(t).append(" USING (SELECT ");
        for (int i = 0; i < u.columns().size(); i++) {
            ColumnSpec c = u.table().column(u.columns().get(i));
            sb.append(i > 0 ? ", " : "").append("CAST(? AS ")
                    .append(d.types().codec(c.type()).typeName(u.table(), c)).append(") AS ")
                    .append(renderer.q(c.name()));
        }
        sb.append(") ").append(renderer.q(SOURCE)).append(" ON ");
        for (int i = 0; i < u.conflict().size(); i++) {
            String c = renderer.q(u.conflict().get(i));
            sb.append(i > 0 ? " AND " : "").append(t).append('.').append(c).append(" = ").append(renderer.q(SOURCE))
                    .append('.').append(c);
        }
        if (!sets.isEmpty()) {
            sb.append(" WHEN MATCHED THEN UPDATE SET ").append(String.join(", ", sets));
        }
        return sb.append(" WHEN NOT MATCHED THEN INSERT (").append(list(u.columns(), null)).append(") VALUES (")
                .append(list(u.columns(), renderer.q(SOURCE))).append(')').toString();
    }

    private String list(List<String> columns, String qualifier) {
        List<String> out = new ArrayList<>(columns.size());
        columns.forEach(c -> out.add(qualifier == null ? renderer.q(c) : qualifier + "." + renderer.q(c)));
        return String.join(", ", out);
    }

    /** Runs the rows as batches of the statement; given numeric keys then advance the key counter. */
    int run(Connection c, String sql, UpsertRows u) throws SQLException {
        TableSpec t = u.table();
        try (PreparedStatement ps = d.connections().prepare(c, sql)) {
            inserts.runBatches(ps, u.rows(), inserts.types(t, u.columns()), null, null);
        }
        int pk = t.hasSingleKey() ? u.columns().indexOf(t.primaryKey().name()) : -1;
        if (pk >= 0 && t.primaryKey().generated()) {
            inserts.advance(c, t, u.rows(), pk);
        }
        return u.rows().size();
    }
}
