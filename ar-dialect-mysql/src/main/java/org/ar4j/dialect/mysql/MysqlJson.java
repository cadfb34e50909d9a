package org.ar4j.dialect.mysql;

import java.util.List;

import org.ar4j.spi.ColumnSpec;
import org.ar4j.spi.ColumnType;
import org.ar4j.spi.TableSpec;
import org.ar4j.sql.JsonColumnCodec;

/**
 * JSON documents in a {@code JSON} column (MariaDB: LONGTEXT checked by json_valid): paths through
 * {@code JSON_EXTRACT} with the path bound as text, a scalar read only when {@code JSON_TYPE} says it is of the kind
 * compared; numbers as exact decimals, strings in the tables' binary collation.
 */
final class MysqlJson implements JsonColumnCodec {
    private final String collation;

    MysqlJson(String collation) {
        this.collation = collation;
    }

    @Override
    public String typeName(TableSpec table, ColumnSpec column) {
        return "JSON";
    }

    private static String at(String column, List<Object> path, Params params) {
        return "JSON_EXTRACT(" + column + ", " + params.bind(JsonColumnCodec.pathText(path), ColumnType.STRING) + ")";
    }

    @Override
    public String scalar(String column, List<Object> path, Kind kind, Params params) {
        return of(at(column, path, params), at(column, path, params), kind);
    }

    /** The scalar of {@code kind} that the JSON expressions (the same value, written twice) hold, else NULL. */
    private String of(String json, String again, Kind kind) {
        String type = "JSON_TYPE(" + json + ")";
        String text = "JSON_UNQUOTE(" + again + ")";
        return switch (kind) {
            case STRING -> "(CASE WHEN " + type + " = 'STRING' THEN CONVERT(" + text + " USING utf8mb4) END) COLLATE "
                    + collation;
            case NUMBER -> "(CASE WHEN " + type + " IN ('INTEGER', 'UNSIGNED INTEGER', 'DOUBLE', 'DECIMAL') THEN CAST("
                    + text + " AS DECIMAL(65,30)) END)";
            case BOOLEAN -> "(CASE WHEN " + type + " = 'BOOLEAN' THEN " + text + " = 'true' END)";
        };
    }

    @Override
    public String isNull(String column, List<Object> path, Params params) {
        return "(COALESCE(JSON_TYPE(" + at(column, path, params) + "), 'NULL') = 'NULL')";
    }

    /** How many characters of a string the indexed virtual column of a path keeps. */
    private static final int INDEXED_CHARACTERS = 100;

    /**
     * An indexed virtual column named after the index, holding the first 100 characters of the unquoted value at the path
     * in the collation strings compare in (MariaDB indexes no expression, and uses a virtual column's index only when the
     * query names the column).
     */
    @Override
    public String createPathIndex(String table, String index, String column, List<Object> path) {
        return "ALTER TABLE " + table + " ADD COLUMN " + index + " VARCHAR(" + INDEXED_CHARACTERS + ") CHARACTER SET utf8mb4"
                + " COLLATE " + collation + " AS (LEFT(JSON_UNQUOTE(JSON_EXTRACT(" + column + ", "
                + JsonColumnCodec.literal(JsonColumnCodec.pathText(path)) + ")), " + INDEXED_CHARACTERS + ")) VIRTUAL,"
                + " ADD INDEX " + index + " (" + index + ")";
    }

    /** Strings only: the column holds numbers as text, where {@code 1.0} and {@code 1} differ. */
    @Override
    public String indexedEquals(String column, List<Object> path, String index, Kind kind, Object value,
                                Params params) {
        return kind == Kind.STRING ? index + " = LEFT(" + params.bind(value, ColumnType.STRING) + ", "
                + INDEXED_CHARACTERS + ")" : null;
    }

    /**
     * Each element through JSON_TABLE, compared as {@link #scalar} compares (JSON_CONTAINS compares numbers as doubles,
     * so two integers beyond 2^53 would be equal).
     */
    @Override
    public String contains(String column, List<Object> path, Object element, Params params) {
        Kind kind = element instanceof String ? Kind.STRING : element instanceof Boolean ? Kind.BOOLEAN : Kind.NUMBER;
        String typeOf = "JSON_TYPE(" + at(column, path, params) + ")";
        String rows = "JSON_TABLE(" + at(column, path, params) + ", '$[*]' COLUMNS (v JSON PATH '$')) ar4j_e";
        String operand = switch (kind) {
            case STRING -> params.bind(element, ColumnType.STRING) + " COLLATE " + collation;
            case NUMBER -> "CAST(" + params.bind(element, ColumnType.DECIMAL) + " AS DECIMAL(65,30))";
            case BOOLEAN -> params.bind(element, ColumnType.BOOLEAN);
        };
        return "(CASE WHEN " + typeOf + " = 'ARRAY' THEN EXISTS (SELECT 1 FROM " + rows + " WHERE "
                + of("ar4j_e.v", "ar4j_e.v", kind) + " = " + operand + ") END)";
    }
}
