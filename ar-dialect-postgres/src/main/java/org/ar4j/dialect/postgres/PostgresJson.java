package org.ar4j.dialect.postgres;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

import org.ar4j.spi.ColumnSpec;
import org.ar4j.spi.ColumnType;
import org.ar4j.spi.JsonValue;
import org.ar4j.spi.TableSpec;
import org.ar4j.sql.ColumnCodec;
import org.ar4j.sql.JsonColumnCodec;

/**
 * JSON documents as {@code jsonb}: bound as text of an unspecified type, which the server reads as jsonb; paths as
 * {@code ->} steps with bound keys and indexes; a scalar read only when {@code jsonb_typeof} says it is of the kind
 * compared (strings in the "C" collation: by code point).
 */
final class PostgresJson implements JsonColumnCodec {
    static final ColumnCodec JSONB = new PostgresJson();

    private PostgresJson() {
    }

    @Override
    public String typeName(TableSpec table, ColumnSpec column) {
        return "JSONB";
    }

    @Override
    public void bind(PreparedStatement ps, int index, Object value) throws SQLException {
        ps.setObject(index, ((JsonValue) value).text(), Types.OTHER);
    }

    @Override
    public int nullType() {
        return Types.OTHER;
    }

    /** The jsonb at the path: {@code ("col" -> ?::text -> ?::int)}. */
    private static String at(String column, List<Object> path, Params params) {
        StringBuilder sb = new StringBuilder("(").append(column);
        for (Object step : path) {
            sb.append(" -> ").append(params.bind(step, step instanceof Integer ? ColumnType.INTEGER : ColumnType.STRING))
                    .append(step instanceof Integer ? "::int" : "::text");
        }
        return sb.append(')').toString();
    }

    @Override
    public String scalar(String column, List<Object> path, Kind kind, Params params) {
        String typeOf = "jsonb_typeof(" + at(column, path, params) + ")";
        String text = "(" + at(column, path, params) + " #>> '{}')";
        return switch (kind) {
            case STRING -> "(CASE WHEN " + typeOf + " = 'string' THEN " + text + " END) COLLATE \"C\"";
            case NUMBER -> "(CASE WHEN " + typeOf + " = 'number' THEN " + text + "::numeric END)";
            case BOOLEAN -> "(CASE WHEN " + typeOf + " = 'boolean' THEN " + text + "::boolean END)";
        };
    }

    @Override
    public String isNull(String column, List<Object> path, Params params) {
        return "(COALESCE(jsonb_typeof(" + at(column, path, params) + "), 'null') = 'null')";
    }

    /** The jsonb at the path, the path a {@code text[]} literal so that queries match the index. */
    private static String extracted(String column, List<Object> path) {
        StringBuilder sb = new StringBuilder("{");
        for (Object step : path) {
            sb.append(sb.length() > 1 ? "," : "").append('"').append(step).append('"');
        }
        return "(" + column + " #> " + JsonColumnCodec.literal(sb.append('}').toString()) + "::text[])";
    }

    /**
     * A hash index on the jsonb at the path: equality only, and no size limit on the values (a b-tree refuses a row
     * whose value is over about 2.7 kB). jsonb equality compares numbers by value and strings by their bytes.
     */
    @Override
    public String createPathIndex(String table, String index, String column, List<Object> path) {
        return "CREATE INDEX " + index + " ON " + table + " USING HASH (" + extracted(column, path) + ")";
    }

    @Override
    public String indexedEquals(String column, List<Object> path, String index, Kind kind, Object value,
                                Params params) {
        return kind == Kind.BOOLEAN ? null : extracted(column, path) + " = CAST(" + params.bind(
                JsonColumnCodec.scalarText(value), ColumnType.STRING) + " AS jsonb)";
    }

    @Override
    public String contains(String column, List<Object> path, Object element, Params params) {
        String cast = element instanceof String ? "::text" : element instanceof Boolean ? "::boolean" : "::numeric";
        ColumnType type = element instanceof String ? ColumnType.STRING : element instanceof Boolean ? ColumnType.BOOLEAN
                : ColumnType.DECIMAL;
        return "(CASE WHEN jsonb_typeof(" + at(column, path, params) + ") = 'array' THEN " + at(column, path, params)
                + " @> jsonb_build_array(" + params.bind(element, type) + cast + ") END)";
    }
}
