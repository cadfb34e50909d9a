package org.ar4j.dialect.sqlite;

import java.math.BigDecimal;
import java.util.List;

import org.ar4j.spi.ColumnSpec;
import org.ar4j.spi.ColumnType;
import org.ar4j.spi.TableSpec;
import org.ar4j.sql.ColumnCodec;
import org.ar4j.sql.JsonColumnCodec;

/**
 * JSON documents as TEXT, queried with the JSON1 functions: {@code json_type} says a value's kind, {@code json_extract}
 * reads it, {@code json_each} walks an array. SQLite reads a JSON number as a 64-bit integer or a double, so numbers
 * compare exactly as integers and as doubles otherwise.
 */
final class SqliteJson implements JsonColumnCodec {
    static final ColumnCodec TEXT_JSON = new SqliteJson();

    private SqliteJson() {
    }

    @Override
    public String typeName(TableSpec table, ColumnSpec column) {
        return "TEXT";
    }

    private static String path(List<Object> path, Params params) {
        return params.bind(JsonColumnCodec.pathText(path), ColumnType.STRING);
    }

    @Override
    public String scalar(String column, List<Object> path, Kind kind, Params params) {
        String kinds = switch (kind) {
            case STRING -> "('text')";
            case NUMBER -> "('integer', 'real')";
            case BOOLEAN -> "('true', 'false')";
        };
        return "(CASE WHEN json_type(" + column + ", " + path(path, params) + ") IN " + kinds + " THEN json_extract("
                + column + ", " + path(path, params) + ") END)";
    }

    @Override
    public String isNull(String column, List<Object> path, Params params) {
        return "(COALESCE(json_type(" + column + ", " + path(path, params) + "), 'null') = 'null')";
    }

    @Override
    public String contains(String column, List<Object> path, Object element, Params params) {
        String kinds = element instanceof String ? "('text')" : element instanceof Boolean ? "('true', 'false')"
                : "('integer', 'real')";
        Object v = element instanceof BigDecimal b ? number(b) : element;
        return "(CASE WHEN json_type(" + column + ", " + path(path, params) + ") = 'array' THEN EXISTS (SELECT 1 FROM"
                + " json_each(" + column + ", " + path(path, params) + ") ar4j_e WHERE ar4j_e.type IN " + kinds
                + " AND ar4j_e.value = " + params.bind(v, ColumnType.ofCanonical(v)) + ") END)";
    }

    /** The value at the path as {@code json_extract} reads it, the path a literal so that queries match the index. */
    private static String extracted(String column, List<Object> path) {
        return "json_extract(" + column + ", " + JsonColumnCodec.literal(JsonColumnCodec.pathText(path)) + ")";
    }

    /** An expression index on {@code json_extract}: text for strings, an integer or a double for numbers. */
    @Override
    public String createPathIndex(String table, String index, String column, List<Object> path) {
        return "CREATE INDEX " + index + " ON " + table + " (" + extracted(column, path) + ")";
    }

    @Override
    public String indexedEquals(String column, List<Object> path, String index, Kind kind, Object value,
                                Params params) {
        return kind == Kind.BOOLEAN ? null : extracted(column, path) + " = " + params.bind(value,
                ColumnType.ofCanonical(value));
    }

    /** An integer as a 64-bit integer when it is one, any other number as a double. */
    @Override
    public Object number(BigDecimal value) {
        try {
            return value.longValueExact();
        } catch (ArithmeticException e) {
            return value.doubleValue();
        }
    }
}
