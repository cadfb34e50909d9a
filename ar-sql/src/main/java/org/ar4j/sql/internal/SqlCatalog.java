package org.ar4j.sql.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.ar4j.spi.ColumnSpec;
import org.ar4j.spi.ForeignKeySpec;
import org.ar4j.spi.IndexSpec;
import org.ar4j.spi.LiveColumn;
import org.ar4j.spi.LiveTable;
import org.ar4j.spi.TableSpec;
import org.ar4j.sql.SqlDialect;

/** Reads a table from the JDBC catalogue ({@link DatabaseMetaData}), the same way on every SQL backend. */
final class SqlCatalog {
    private final SqlDialect dialect;
    private final SqlRenderer renderer;

    SqlCatalog(SqlDialect dialect, SqlRenderer renderer) {
        this.dialect = dialect;
        this.renderer = renderer;
    }

    Optional<LiveTable> inspect(Connection c, String table) throws SQLException {
        if (!dialect.catalog().tableExists(c, table)) {
            return Optional.empty();
        }
        DatabaseMetaData md = c.getMetaData();
        String catalog = c.getCatalog();
        String schema = c.getSchema();
        List<LiveColumn> columns = new ArrayList<>();
        Map<String, String> definitions = dialect.catalog().columnDefinitions(c, table);
        Map<String, String> baseTypes = dialect.catalog().baseTypes(c, table);
        try (ResultSet rs = md.getColumns(catalog, schema, table, null)) {
            while (rs.next()) {
                if (!table.equals(rs.getString("TABLE_NAME"))) {
                    continue;
                }
                String type = rs.getString("TYPE_NAME");
                int size = rs.getInt("COLUMN_SIZE");
                int digits = rs.getInt("DECIMAL_DIGITS");
                String shown = type + "(" + size + (rs.wasNull() ? "" : "," + digits) + ")";
                String name = rs.getString("COLUMN_NAME");
                shown = baseTypes.getOrDefault(name.toLowerCase(java.util.Locale.ROOT), shown);
                columns.add(new LiveColumn(name, shown, rs.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls,
                        "YES".equals(rs.getString("IS_AUTOINCREMENT")) || fromSequence(rs.getString("COLUMN_DEF")),
                        definitions.get(name.toLowerCase(java.util.Locale.ROOT))));
            }
        }
        TreeMap<Integer, String> keyOrder = new TreeMap<>();
        try (ResultSet rs = md.getPrimaryKeys(catalog, schema, table)) {
            while (rs.next()) {
                if (table.equals(rs.getString("TABLE_NAME"))) {
                    keyOrder.put(rs.getInt("KEY_SEQ"), rs.getString("COLUMN_NAME"));
                }
            }
        }
        Set<String> primaryKey = new java.util.HashSet<>();
        keyOrder.values().forEach(k -> primaryKey.add(k.toLowerCase(java.util.Locale.ROOT)));
        List<IndexSpec> indexes = dialect.catalog().indexes(c, table);
        return Optional.of(new LiveTable(table, columns, indexes != null ? indexes
                : indexes(md, catalog, schema, table, primaryKey), foreignKeys(md, catalog, schema, table), false,
                List.copyOf(keyOrder.values())));
    }

    /** A default that draws from a sequence generates the column's values, whatever IS_AUTOINCREMENT says. */
    private static boolean fromSequence(String columnDefault) {
        return columnDefault != null && columnDefault.toLowerCase(java.util.Locale.ROOT).contains("nextval(");
    }

    private static List<IndexSpec> indexes(DatabaseMetaData md, String catalog, String schema, String table,
                                           Set<String> primaryKey) throws SQLException {
        Map<String, TreeMap<Integer, String>> columns = new LinkedHashMap<>();
        Map<String, Boolean> unique = new LinkedHashMap<>();
        try (ResultSet rs = md.getIndexInfo(catalog, schema, table, false, false)) {
            while (rs.next()) {
                String name = rs.getString("INDEX_NAME");
                String column = rs.getString("COLUMN_NAME");
                if (name == null || !table.equals(rs.getString("TABLE_NAME"))) {
                    continue;
                }
                TreeMap<Integer, String> parts = columns.computeIfAbsent(name, k -> new TreeMap<>());
                if (column != null) {   // an expression index (a JSON path's) has none: it is found by name
                    parts.put(rs.getInt("ORDINAL_POSITION"), column);
                }
                unique.put(name, !rs.getBoolean("NON_UNIQUE"));
            }
        }
        List<IndexSpec> out = new ArrayList<>();
        for (Map.Entry<String, TreeMap<Integer, String>> e : columns.entrySet()) {
            List<String> cols = List.copyOf(e.getValue().values());
            boolean isPrimary = !cols.isEmpty() && cols.size() == primaryKey.size()
                    && cols.stream().allMatch(col -> primaryKey.contains(col.toLowerCase(java.util.Locale.ROOT)));
            if (!isPrimary) {
                out.add(new IndexSpec(e.getKey(), cols, unique.get(e.getKey())));
            }
        }
        return out;
    }

    private static List<ForeignKeySpec> foreignKeys(DatabaseMetaData md, String catalog, String schema, String table)
            throws SQLException {
        List<ForeignKeySpec> out = new ArrayList<>();
        try (ResultSet rs = md.getImportedKeys(catalog, schema, table)) {
            while (rs.next()) {
                String name = rs.getString("FK_NAME");
                out.add(new ForeignKeySpec(name == null ? "" : name, rs.getString("FKCOLUMN_NAME"), rs.getString("PKTABLE_NAME"),
                        rs.getString("PKCOLUMN_NAME")));
            }
        }
        return out;
    }

    /** Why the live column's type is not the one this dialect declares for the model's column, or empty. */
    Optional<String> typeMismatch(TableSpec table, ColumnSpec expected, LiveColumn live) {
        String declared = renderer.ddl().declaredType(table, expected);
        String want = dialect.types().canonical(declared);
        String have = dialect.types().canonical(live.type());
        if (!want.contains("(") && have.contains("(")) {
            have = have.substring(0, have.indexOf('('));   // the model declares no size: any size will do
        }
        if (dialect.types().holds(have, want) || expected.size().smallInteger() && have.equals("SMALLINT")) {
            return Optional.empty();
        }
        return Optional.of("the column is " + have + ", the model needs " + want);
    }

    /**
     * Why a text column compares other than byte for byte, or empty: a collation in its definition that is not binary
     * (MySQL's and MariaDB's {@code _ci} and {@code _ai} collations ignore case and accents, where ar4j promises the
     * comparisons PostgreSQL gives).
     */
    static Optional<String> collationMismatch(ColumnSpec expected, LiveColumn live) {
        String definition = live.definition();
        int at = definition == null ? -1 : definition.toUpperCase(java.util.Locale.ROOT).indexOf(" COLLATE ");
        if (expected.type() != org.ar4j.spi.ColumnType.STRING || at < 0) {
            return Optional.empty();
        }
        String collation = definition.substring(at + " COLLATE ".length()).trim().split("\\s+")[0];
        String lower = collation.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith("_bin") || lower.equals("binary")) {
            return Optional.empty();
        }
        return Optional.of("the column compares with the collation " + collation + ", which is not binary (it may"
                + " ignore case or accents); ar4j makes its own comparisons binary, so they are right but the column's"
                + " index cannot serve them, and ORDER BY follows the collation");
    }
}
