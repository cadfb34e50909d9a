package org.ar4j.sql;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

import org.ar4j.spi.ColumnType;
import org.ar4j.spi.JsonValue;

/**
 * The codec of {@link ColumnType#JSON} columns of a dialect that can query inside documents (it declares
 * {@link org.ar4j.Capability#JSON_PATHS}): the SQL of a value at a path. Paths hold object keys (String: no quote,
 * backslash or control character, never starting with {@code $}) and array indexes (Integer). Every key, index and
 * operand is bound through {@link Params}, never written into the SQL.
 */
public interface JsonColumnCodec extends ColumnCodec {

    /** The kind of JSON scalar a comparison takes. */
    enum Kind {
        /** A JSON string, compared by code point. */ STRING,
        /** A JSON number, compared by value. */ NUMBER,
        /** {@code true} or {@code false}. */ BOOLEAN
    }

    /** Binds one parameter and gives its placeholder. */
    @FunctionalInterface
    interface Params {
        /** Binds {@code value} as a column of {@code type} would be, returning the placeholder to write. */
        String bind(Object value, ColumnType type);
    }

    /**
     * An expression with the value at {@code path} as a scalar of {@code kind}, comparable with an operand of it, and
     * NULL when the path is missing or holds JSON null, another kind, an object or an array.
     */
    String scalar(String column, List<Object> path, Kind kind, Params params);

    /** A condition TRUE when the path is missing or holds JSON null, else FALSE (never NULL). */
    String isNull(String column, List<Object> path, Params params);

    /**
     * A condition TRUE when the path holds an array with an element equal to {@code element} (a String, a BigDecimal
     * or a Boolean), FALSE when it holds an array without one, NULL otherwise.
     */
    String contains(String column, List<Object> path, Object element, Params params);

    /**
     * The statement creating the index {@code index} on the value at {@code path} of {@code column} of {@code table}
     * (all three quoted), or null when this dialect cannot index one. A dialect that creates them declares
     * {@link org.ar4j.Capability#JSON_PATH_INDEXES}; the path is written into the statement as a literal (its keys come
     * from the model, never from a query), through {@link #literal}.
     */
    default String createPathIndex(String table, String index, String column, List<Object> path) {
        return null;
    }

    /**
     * A condition that every row whose value at {@code path} is a {@code kind} scalar equal to {@code value} satisfies,
     * and that the index {@link #createPathIndex} made ({@code index}, quoted) answers; null when the index cannot help
     * with this kind. ar4j writes it beside the exact comparison, so it may match more rows, never fewer.
     */
    default String indexedEquals(String column, List<Object> path, String index, Kind kind, Object value,
                                 Params params) {
        return null;
    }

    /** A SQL string literal of {@code text}: quotes doubled. */
    static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    /** Binds the document's text (a dialect whose JSON type needs more, as PostgreSQL's jsonb, overrides this). */
    @Override
    default void bind(PreparedStatement ps, int index, Object value) throws SQLException {
        ps.setString(index, ((JsonValue) value).text());
    }

    /** Reads the document's text. */
    @Override
    default Object read(ResultSet rs, int index) throws SQLException {
        String text = rs.getString(index);
        return text == null ? null : JsonValue.ofText(text);
    }

    /** Nulls bind as text. */
    @Override
    default int nullType() {
        return Types.VARCHAR;
    }

    /** A number operand as this dialect binds it against {@link #scalar} numbers: the exact decimal by default. */
    default Object number(BigDecimal value) {
        return value;
    }

    /**
     * A path as the text of a SQL/JSON path ({@code $."specs"."sizes"[0]}), for dialects whose functions take one:
     * keys quoted, indexes in brackets.
     */
    static String pathText(List<Object> path) {
        StringBuilder sb = new StringBuilder("$");
        for (Object step : path) {
            if (step instanceof Integer i) {
                sb.append('[').append(i).append(']');
            } else {
                sb.append(".\"").append(step).append('"');
            }
        }
        return sb.toString();
    }

    /** A JSON scalar's text ({@code "a \"b\""}, {@code 12.5}, {@code true}), for functions that take JSON. */
    static String scalarText(Object value) {
        if (!(value instanceof String s)) {
            return value instanceof BigDecimal b ? b.toPlainString() : String.valueOf(value);
        }
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.append('"').toString();
    }
}
