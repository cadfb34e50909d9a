package org.ar4j.sql;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import org.ar4j.spi.ColumnSpec;
import org.ar4j.spi.ColumnType;
import org.ar4j.spi.TableSpec;

/** {@link ColumnCodec#text}: a value stored as the exact text of its value, parsed back on read. */
final class TextCodec implements ColumnCodec {
    /** Fixed width, so that date-times sort as text (years 0-9999). */
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS");

    private final ColumnType type;

    TextCodec(ColumnType type) {
        switch (type) {
            case STRING, DECIMAL, DATE, DATE_TIME, UUID -> this.type = type;
            default -> throw new IllegalArgumentException(type + " has no text form: use ColumnCodec.standard");
        }
    }

    @Override
    public String typeName(TableSpec table, ColumnSpec column) {
        return "CHARACTER VARYING";
    }

    @Override
    public void bind(PreparedStatement ps, int index, Object value) throws SQLException {
        ps.setString(index, switch (type) {
            case DECIMAL -> ((BigDecimal) value).toPlainString();
            case DATE_TIME -> DATE_TIME.format((LocalDateTime) value);
            default -> value.toString();
        });
    }

    @Override
    public Object read(ResultSet rs, int index) throws SQLException {
        String s = rs.getString(index);
        if (s == null) {
            return null;
        }
        try {
            return switch (type) {
                case DECIMAL -> new BigDecimal(s);
                case DATE -> LocalDate.parse(s);
                case DATE_TIME -> LocalDateTime.parse(s);
                case UUID -> UUID.fromString(s);
                default -> s;
            };
        } catch (RuntimeException e) {
            throw ColumnCodec.unreadable(type, s, e);
        }
    }

    @Override
    public int nullType() {
        return Types.VARCHAR;
    }
}
