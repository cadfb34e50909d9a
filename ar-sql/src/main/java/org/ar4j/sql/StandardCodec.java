package org.ar4j.sql;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.ar4j.spi.ColumnSpec;
import org.ar4j.spi.ColumnType;
import org.ar4j.spi.JsonValue;
import org.ar4j.spi.TableSpec;

/** {@link ColumnCodec#standard}: the JDBC mapping of one portable type with standard SQL type names. */
final class StandardCodec implements ColumnCodec {
    private final ColumnType type;

    StandardCodec(ColumnType type) {
        this.type = type;
    }

    @Override
    public String typeName(TableSpec table, ColumnSpec column) {
        return switch (type) {
            case STRING -> column.length() == 0 ? "CHARACTER VARYING"
                    : (column.fixedWidth() ? "CHARACTER(" : "CHARACTER VARYING(") + column.length() + ")";
            case BOOLEAN -> "BOOLEAN";
            case INTEGER -> "INTEGER";
            case LONG -> "BIGINT";
            case DOUBLE -> "DOUBLE PRECISION";
            case DECIMAL -> column.precision() > 0 ? "NUMERIC(" + column.precision() + ", " + column.scale() + ")"
                    : "NUMERIC";
            case INSTANT -> "TIMESTAMP(6) WITH TIME ZONE";
            case DATE -> "DATE";
            case DATE_TIME -> "TIMESTAMP(6)";
            case UUID -> "UUID";
            case BYTES -> "BINARY VARYING";
            case JSON -> "CHARACTER VARYING";
        };
    }

    @Override
    public void bind(PreparedStatement ps, int index, Object value) throws SQLException {
        switch (type) {
            case STRING -> ps.setString(index, (String) value);
            case BOOLEAN -> ps.setBoolean(index, (Boolean) value);
            case INTEGER -> ps.setInt(index, (Integer) value);
            case LONG -> ps.setLong(index, (Long) value);
            case DOUBLE -> ps.setDouble(index, (Double) value);
            case DECIMAL -> ps.setBigDecimal(index, (BigDecimal) value);
            case INSTANT -> ps.setObject(index, arrayElement(value));
            case DATE, DATE_TIME, UUID -> ps.setObject(index, value);
            case BYTES -> ps.setBytes(index, (byte[]) value);
            case JSON -> ps.setString(index, ((JsonValue) value).text());
        }
    }

    @Override
    public Object read(ResultSet rs, int index) throws SQLException {
        // Object getters return null for SQL NULL; a primitive getter can only have read a NULL when it returned
        // zero or false, so wasNull (a driver call per column, allocating in some drivers) is asked only then.
        return switch (type) {
            case STRING -> rs.getString(index);
            case BOOLEAN -> {
                boolean b = rs.getBoolean(index);
                yield !b && rs.wasNull() ? null : b;
            }
            case INTEGER -> {
                // read wide: a stored value beyond an int reaches core as a Long, which refuses it (never wrapped)
                long l = rs.getLong(index);
                yield l == 0L && rs.wasNull() ? null : l == (int) l ? (Object) (int) l : (Object) l;
            }
            case LONG -> {
                long l = rs.getLong(index);
                yield l == 0L && rs.wasNull() ? null : l;
            }
            case DOUBLE -> {
                double d = rs.getDouble(index);
                yield d == 0.0 && rs.wasNull() ? null : d;
            }
            case DECIMAL -> rs.getBigDecimal(index);
            case INSTANT -> {
                OffsetDateTime t = rs.getObject(index, OffsetDateTime.class);
                yield t == null ? null : t.toInstant();
            }
            case DATE -> rs.getObject(index, LocalDate.class);
            case DATE_TIME -> rs.getObject(index, LocalDateTime.class);
            case UUID -> rs.getObject(index, UUID.class);
            case BYTES -> rs.getBytes(index);
            case JSON -> {
                String text = rs.getString(index);
                yield text == null ? null : JsonValue.ofText(text);
            }
        };
    }

    @Override
    public int nullType() {
        return switch (type) {
            case STRING -> Types.VARCHAR;
            case BOOLEAN -> Types.BOOLEAN;
            case INTEGER -> Types.INTEGER;
            case LONG -> Types.BIGINT;
            case DOUBLE -> Types.DOUBLE;
            case DECIMAL -> Types.NUMERIC;
            case INSTANT -> Types.TIMESTAMP_WITH_TIMEZONE;
            case DATE -> Types.DATE;
            case DATE_TIME -> Types.TIMESTAMP;
            case UUID -> Types.OTHER;
            case BYTES -> Types.VARBINARY;
            case JSON -> Types.VARCHAR;
        };
    }

    /** Instants travel as UTC offset date-times, the java.time type JDBC 4.2 maps to TIMESTAMP WITH TIME ZONE. */
    @Override
    public Object arrayElement(Object value) {
        return type == ColumnType.INSTANT ? OffsetDateTime.ofInstant((Instant) value, ZoneOffset.UTC) : value;
    }
}
