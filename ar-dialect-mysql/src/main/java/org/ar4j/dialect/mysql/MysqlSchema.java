package org.ar4j.dialect.mysql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.ar4j.spi.ColumnSpec;
import org.ar4j.spi.LiveColumn;
import org.ar4j.spi.TableSpec;
import org.ar4j.sql.SqlCatalogReader;
import org.ar4j.sql.SqlDdl;
import org.ar4j.sql.SqlSyntax;

/** MySQL's DDL for a table collation: InnoDB utf8mb4 tables, AUTO_INCREMENT keys, nullability by restating. */
final class MysqlSchema extends SqlDdl {
    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9_]+");
    private static final Pattern NUMERIC_DEFAULT = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    private final String collation;

    MysqlSchema(String collation) {
        this.collation = collation;
    }

    @Override
    public String tableOptions() {
        return "ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=" + collation;
    }

    @Override
    public String generatedKey(SqlSyntax syntax, TableSpec table, ColumnSpec key) {
        return (key.type() == org.ar4j.spi.ColumnType.INTEGER ? "INT" : "BIGINT") + " AUTO_INCREMENT PRIMARY KEY";
    }

    /**
     * MySQL restates the whole column to change its nullability: it is restated exactly as the catalogue has it
     * (type, character set, collation, default), never as the model declares it, so a type change the model makes
     * stays a note instead of converting (and rounding) the stored values. Without the live definition: null.
     */
    @Override
    public String setNullable(SqlSyntax syntax, TableSpec table, ColumnSpec column, LiveColumn live, boolean nullable) {
        if (live == null || live.definition() == null) {
            return null;
        }
        return "ALTER TABLE " + syntax.quote(table.name()) + " MODIFY COLUMN " + syntax.quote(column.name()) + " "
                + live.definition()
                + (nullable ? " NULL" : " NOT NULL");
    }

    /** Reads each column's full definition for {@link MysqlSchema#setNullable}. */
    static final class Catalog extends SqlCatalogReader {
        /** COLUMN_TYPE with its character set and collation, and a numeric default (the only kind ar4j declares). */
        @Override
        public Map<String, String> columnDefinitions(Connection c, String table) throws SQLException {
            Map<String, String> out = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT COLUMN_NAME, COLUMN_TYPE, CHARACTER_SET_NAME,"
                    + " COLLATION_NAME, COLUMN_DEFAULT FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE()"
                    + " AND TABLE_NAME = ?")) {
                ps.setString(1, table);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        StringBuilder d = new StringBuilder(rs.getString("COLUMN_TYPE"));
                        String charset = rs.getString("CHARACTER_SET_NAME");
                        String collation = rs.getString("COLLATION_NAME");
                        if (charset != null && SAFE_NAME.matcher(charset).matches()) {
                            d.append(" CHARACTER SET ").append(charset);
                        }
                        if (collation != null && SAFE_NAME.matcher(collation).matches()) {
                            d.append(" COLLATE ").append(collation);
                        }
                        String dflt = rs.getString("COLUMN_DEFAULT");
                        if (dflt != null && NUMERIC_DEFAULT.matcher(dflt).matches()) {
                            d.append(" DEFAULT ").append(dflt);
                        }
                        out.put(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT), d.toString());
                    }
                }
            }
            return out;
        }
    }
}
