package org.ar4j.sql;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;

import org.ar4j.spi.ColumnSpec;
import org.ar4j.spi.ColumnType;
import org.ar4j.spi.TableSpec;

/**
 * How one column type lives in one database: its type name in {@code CREATE TABLE}, how a value is bound and read,
 * how it compares and aggregates. A dialect's {@link SqlTypes} holds one per {@link ColumnType}; start from
 * {@link #standard(ColumnType)} (the JDBC mapping) or {@link #text(ColumnType)} (the value's exact text form) and
 * refine it with the {@code with...} methods, or implement it for a driver that needs code. Implementations are
 * immutable and thread-safe.
 */
public interface ColumnCodec {

    /** The column's SQL type in {@code CREATE TABLE} (the table tells whether the column is indexed). */
    String typeName(TableSpec table, ColumnSpec column);

    /** Binds one canonical value, never null (nulls bind through {@link #nullType()}). */
    void bind(PreparedStatement ps, int index, Object value) throws SQLException;

    /** Reads one column as its canonical value, null for SQL NULL; a stored value of another kind is an SQLException. */
    Object read(ResultSet rs, int index) throws SQLException;

    /** The {@link java.sql.Types} constant a null of this type binds with. */
    int nullType();

    /**
     * The expression compared and sorted in place of a column or a {@code ?} of this type, in every comparison, IN list
     * and ORDER BY; the expression itself by default. A type stored as text is made to compare by value here.
     */
    default String comparable(String expression) {
        return expression;
    }

    /** An aggregate ({@code MIN}, {@code MAX}, {@code SUM}, {@code AVG}) over a quoted column of this type. */
    default String aggregate(String function, String column) {
        return function + "(" + comparable(column) + ")";
    }

    /**
     * The database's element type name when a list of this type binds as one array parameter (on a dialect declaring
     * {@link org.ar4j.Capability#ARRAY_BINDING}); null, the default, binds one parameter per value.
     */
    default String arrayElementType() {
        return null;
    }

    /** A value as the driver takes it inside an array; the value itself by default. */
    default Object arrayElement(Object value) {
        return value;
    }

    /** The JDBC mapping of a type: standard SQL type names, {@code setObject}/{@code getObject} for the java.time types. */
    static ColumnCodec standard(ColumnType type) {
        return new StandardCodec(type);
    }

    /**
     * A type stored as the exact text of its value ({@code BigDecimal.toPlainString()}, ISO dates, fixed-width
     * date-times that sort as text, UUIDs): type name {@code CHARACTER VARYING}, bound and read as strings; text that
     * does not parse reads as an SQLException naming the value.
     */
    static ColumnCodec text(ColumnType type) {
        return new TextCodec(type);
    }

    /**
     * The failure a codec's read throws for a stored value that is not of its type ({@code 'abc'} in a number column):
     * SQLSTATE 22018 (invalid character value), which ar4j reports as an unreadable value naming the field.
     */
    static SQLException unreadable(ColumnType type, String stored, Exception cause) {
        String shown = stored.length() > 40 ? stored.substring(0, 37) + "..." : stored;
        return new SQLDataException("the column holds '" + shown + "', which is not a "
                + type.name().toLowerCase(Locale.ROOT) + " value", "22018", cause);
    }

    /**
     * The JSON path support of this codec: itself when it is a {@link JsonColumnCodec} (or refines one), else null
     * (no conditions inside documents).
     */
    default JsonColumnCodec json() {
        return this instanceof JsonColumnCodec j ? j : null;
    }

    /** This codec with a fixed type name. */
    default ColumnCodec withTypeName(String name) {
        return withTypeName((table, column) -> name);
    }

    /** This codec with the type name a function gives (by column: length, precision, key; by table: indexes). */
    default ColumnCodec withTypeName(BiFunction<TableSpec, ColumnSpec, String> name) {
        return RefinedCodec.of(this).typeName(name);
    }

    /** This codec comparing and sorting through an expression around the column or parameter. */
    default ColumnCodec comparedAs(UnaryOperator<String> expression) {
        return RefinedCodec.of(this).comparable(expression);
    }

    /**
     * This codec with its own aggregates: the function gets the aggregate's name and the quoted column and returns the
     * SQL, or null for the default ({@code FN(comparable(column))}).
     */
    default ColumnCodec aggregatedAs(BiFunction<String, String, String> aggregate) {
        return RefinedCodec.of(this).aggregate(aggregate);
    }

    /** This codec binding nulls with another {@link java.sql.Types} constant. */
    default ColumnCodec withNullType(int sqlType) {
        return RefinedCodec.of(this).nullType(sqlType);
    }

    /** This codec reading values another way (a driver whose getter misreads NULL or a type). */
    default ColumnCodec withReader(Reader reader) {
        return RefinedCodec.of(this).reader(reader);
    }

    /** How a codec reads one column: the canonical value, null for SQL NULL. */
    @FunctionalInterface
    interface Reader {
        /** Reads column {@code index} of the current row. */
        Object read(ResultSet rs, int index) throws SQLException;
    }

    /** This codec binding lists as one array of the named element type (null: one parameter per value). */
    default ColumnCodec withArrayElementType(String name) {
        return RefinedCodec.of(this).arrayType(name);
    }
}
