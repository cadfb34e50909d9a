package org.ar4j.dialect.mysql;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import org.ar4j.spi.ColumnSpec;
import org.ar4j.spi.ColumnType;
import org.ar4j.spi.IndexSpec;
import org.ar4j.spi.TableSpec;
import org.ar4j.sql.ColumnCodec;
import org.ar4j.sql.SqlTypes;

/** MySQL's and MariaDB's type map for a table collation. */
final class MysqlTypes {
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS");

    private MysqlTypes() {
    }

    /**
     * The codecs. A string parameter carries the binary collation ar4j's tables have, so a column of an existing table
     * with a {@code _ci} collation compares (and LIKE matches) case-sensitively as on every backend; the column's own
     * index still serves columns that are binary already. Date-times bind as text, not as temporals: MariaDB reports
     * itself as "5.5.5-10.x" and Connector/J then drops fractional seconds from temporal parameters.
     */
    static SqlTypes of(String collation) {
        return SqlTypes.STANDARD
                .with(ColumnType.STRING, ColumnCodec.standard(ColumnType.STRING).withTypeName(MysqlTypes::string)
                        .comparedAs(e -> e.equals("?") ? "? COLLATE " + collation : e))
                .with(ColumnType.DECIMAL, ColumnCodec.text(ColumnType.DECIMAL)
                        .withTypeName((t, c) -> c.precision() > 0 ? "DECIMAL(" + c.precision() + ", " + c.scale() + ")"
                                : "VARCHAR(255)")
                        .comparedAs(e -> "CAST(" + e + " AS DECIMAL(65,30))"))
                .with(ColumnType.UUID, ColumnCodec.text(ColumnType.UUID).withTypeName("CHAR(36)"))
                .with(ColumnType.INSTANT, INSTANT)
                .with(ColumnType.DATE_TIME, DATE_TIME_CODEC)
                .withTypeNames(Map.of(ColumnType.INTEGER, "INT", ColumnType.DOUBLE, "DOUBLE", ColumnType.BYTES,
                        "LONGBLOB"))
                // Connector/J reports BOOLEAN as BIT or TINYINT, INTEGER as INT
                .withSynonyms(Map.of("BIT", "BOOLEAN", "TINYINT", "BOOLEAN", "BOOL", "BOOLEAN", "INTEGER", "INT"))
                // an indexed text field with no declared length is VARCHAR(255) in tables ar4j creates; a TEXT column
                // an index was added to later (MariaDB indexes a prefix) holds the same values, since ar4j keeps such
                // a field within 255 characters on every backend
                .withHolders("VARCHAR(255)", "LONGTEXT", "MEDIUMTEXT", "TEXT")
                // MariaDB's JSON is LONGTEXT with a json_valid check; MySQL's is a type of its own
                .with(ColumnType.JSON, new MysqlJson(collation))
                .withHolders("JSON", "LONGTEXT");
    }

    /** MySQL cannot index a TEXT column without a prefix length: indexed strings are VARCHAR(255). */
    private static String string(TableSpec table, ColumnSpec column) {
        if (column.length() > 0) {
            return (column.fixedWidth() ? "CHAR(" : "VARCHAR(") + column.length() + ")";
        }
        if (column.primaryKey() || column.unique()) {
            return "VARCHAR(255)";
        }
        for (IndexSpec ix : table.indexes()) {
            if (ix.columns().contains(column.name())) {
                return "VARCHAR(255)";
            }
        }
        return "LONGTEXT";
    }

    /** Instants as DATETIME(6) holding UTC. */
    private static final ColumnCodec INSTANT = new Temporal() {
        @Override
        public void bind(PreparedStatement ps, int index, Object value) throws SQLException {
            ps.setString(index, DATE_TIME.format(LocalDateTime.ofInstant((Instant) value, ZoneOffset.UTC)));
        }

        @Override
        public Object read(ResultSet rs, int index) throws SQLException {
            LocalDateTime t = rs.getObject(index, LocalDateTime.class);
            return t == null ? null : t.toInstant(ZoneOffset.UTC);
        }
    };

    private static final ColumnCodec DATE_TIME_CODEC = new Temporal() {
        @Override
        public void bind(PreparedStatement ps, int index, Object value) throws SQLException {
            ps.setString(index, DATE_TIME.format((LocalDateTime) value));
        }

        @Override
        public Object read(ResultSet rs, int index) throws SQLException {
            return rs.getObject(index, LocalDateTime.class);
        }
    };

    /** A DATETIME(6) bound as text. */
    private abstract static class Temporal implements ColumnCodec {
        @Override
        public String typeName(TableSpec table, ColumnSpec column) {
            return "DATETIME(6)";
        }

        @Override
        public int nullType() {
            return Types.VARCHAR;
        }
    }
}
