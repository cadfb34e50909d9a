package org.ar4j.sql.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.ar4j.spi.ColumnSpec;
import org.ar4j.spi.ColumnType;
import org.ar4j.spi.InsertRows;
import org.ar4j.spi.TableSpec;
import org.ar4j.sql.SqlDialect;

/**
 * Inserts and their keys, the cheapest way the dialect allows: assigned keys need nothing back;
 * consecutive keys (SQLite under its write lock) come from one query after the batch; otherwise the
 * driver's generated keys, per batch or per row.
 */
final class SqlInserts {
    private static final int BATCH = 1000;

    private final SqlDialect dialect;

    SqlInserts(SqlDialect dialect) {
        this.dialect = dialect;
    }

    /** Runs the insert on a connection; returns each row's key in order. */
    List<Object> insert(Connection c, boolean inTransaction, String sql, InsertRows insert) throws SQLException {
        TableSpec t = insert.table();
        ColumnType[] types = types(t, insert.columns());
        if (!t.hasSingleKey()) {
            // a composite key: every part is given, nothing is generated; one null key per row
            try (PreparedStatement ps = dialect.connections().prepare(c, sql)) {
                runBatches(ps, insert.rows(), types, null, null);
            }
            return new ArrayList<>(java.util.Collections.nCopies(insert.rows().size(), null));
        }
        ColumnSpec pk = t.primaryKey();
        int pkIndex = insert.columns().indexOf(pk.name());
        List<Object> ids = new ArrayList<>(insert.rows().size());
        if (pkIndex >= 0) {
            if (pk.generated()) {
                // before the insert: where moving the generator fails, nothing is written (outside a transaction
                // too), so the records stay new truthfully; where the insert fails, the generator only skips keys
                advance(c, t, insert.rows(), pkIndex);
            }
            try (PreparedStatement ps = dialect.connections().prepare(c, sql)) {
                runBatches(ps, insert.rows(), types, null, null);
            }
            for (Object[] row : insert.rows()) {
                ids.add(row[pkIndex]);
            }
        } else if (insert.rows().size() > 1 && dialect.features().generatedKeys().consecutive() && inTransaction) {
            // Under the transaction's write lock the batch's keys are consecutive: one batch,
            // then one query for the last key, instead of a round trip per row.
            try (PreparedStatement ps = dialect.connections().prepare(c, sql)) {
                runBatches(ps, insert.rows(), types, null, null);
            }
            long last;
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery(dialect.syntax().commands().lastGeneratedKey())) {
                rs.next();
                last = rs.getLong(1);
            }
            long first = last - insert.rows().size() + 1;
            for (int i = 0; i < insert.rows().size(); i++) {
                ids.add(key(first + i, pk.type()));
            }
        } else if (insert.rows().size() == 1 || !dialect.features().generatedKeys().returnedPerRow()) {
            try (PreparedStatement ps = dialect.connections().prepareReturningKey(c, sql, pk.name())) {
                for (Object[] row : insert.rows()) {
                    bindRow(ps, row, types);
                    ps.executeUpdate();
                    readKeys(ps, ids, pk.type(), 1);
                }
            }
        } else {
            try (PreparedStatement ps = dialect.connections().prepareReturningKey(c, sql, pk.name())) {
                runBatches(ps, insert.rows(), types, ids, pk.type());
            }
        }
        return ids;
    }

    /** The column types of a row's values, in order. */
    ColumnType[] types(TableSpec t, List<String> columns) {
        ColumnType[] types = new ColumnType[columns.size()];
        for (int i = 0; i < types.length; i++) {
            types[i] = t.typeOf(columns.get(i));
        }
        return types;
    }

    /** Moves a generated key's counter past the largest given numeric key, where the dialect needs it. */
    void advance(Connection c, TableSpec t, List<Object[]> rows, int pkIndex) throws SQLException {
        long max = Long.MIN_VALUE;
        for (Object[] row : rows) {
            if (row[pkIndex] instanceof Number n) {
                max = Math.max(max, n.longValue());
            }
        }
        String advance = dialect.ddl().advanceGeneratedKey(dialect.syntax(), t, t.primaryKey());
        if (advance != null && max != Long.MIN_VALUE) {
            try (PreparedStatement ps = dialect.connections().prepare(c, advance)) {
                ps.setLong(1, max);
                ps.execute();
            }
        }
    }

    private static Object key(long k, ColumnType type) {
        return type == ColumnType.INTEGER ? Integer.valueOf((int) k) : Long.valueOf(k);
    }

    void runBatches(PreparedStatement ps, List<Object[]> rows, ColumnType[] types, List<Object> ids,
                            ColumnType keyType) throws SQLException {
        int pending = 0;
        for (Object[] row : rows) {
            bindRow(ps, row, types);
            ps.addBatch();
            if (++pending == BATCH) {
                ps.executeBatch();
                if (ids != null) {
                    readKeys(ps, ids, keyType, pending);
                }
                pending = 0;
            }
        }
        if (pending > 0) {
            ps.executeBatch();
            if (ids != null) {
                readKeys(ps, ids, keyType, pending);
            }
        }
    }

    private void bindRow(PreparedStatement ps, Object[] row, ColumnType[] types) throws SQLException {
        for (int i = 0; i < types.length; i++) {
            Binding.bind(dialect, ps, i + 1, row[i], types[i]);
        }
    }

    private static void readKeys(Statement ps, List<Object> ids, ColumnType keyType, int expected) throws SQLException {
        int got = 0;
        try (ResultSet keys = ps.getGeneratedKeys()) {
            while (keys.next()) {
                ids.add(key(keys.getLong(1), keyType));
                got++;
            }
        }
        if (got != expected) {
            throw new SQLException("the driver returned " + got + " generated keys for " + expected + " rows");
        }
    }
}
