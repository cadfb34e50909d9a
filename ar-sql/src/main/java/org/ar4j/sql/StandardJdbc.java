package org.ar4j.sql;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
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

import org.ar4j.spi.ColumnType;

/** The standard JDBC mapping of ar4j's portable values: {@link SqlDialect}'s defaults, which dialects refine. */
public final class StandardJdbc {
    private StandardJdbc() {
    }

    /** Binds one canonical value the standard way. */
    public static void bind(SqlDialect dialect, PreparedStatement ps, int index, Object value, ColumnType type)
            throws SQLException {
        if (value == null) {
            ps.setNull(index, dialect.sqlType(type));
            return;
        }
        switch (type) {
            case STRING -> ps.setString(index, (String) value);
            case BOOLEAN -> ps.setBoolean(index, (Boolean) value);
            case INTEGER -> ps.setInt(index, (Integer) value);
            case LONG -> ps.setLong(index, (Long) value);
            case DOUBLE -> ps.setDouble(index, (Double) value);
            case DECIMAL -> ps.setBigDecimal(index, (BigDecimal) value);
            case INSTANT -> ps.setObject(index, OffsetDateTime.ofInstant((Instant) value, ZoneOffset.UTC));
            case DATE -> ps.setObject(index, value);
            case DATE_TIME -> ps.setObject(index, value);
            case UUID -> ps.setObject(index, value);
            case BYTES -> ps.setBytes(index, (byte[]) value);
        }
    }

    /** Reads one column the standard way. */
    public static Object read(ResultSet rs, int index, ColumnType type) throws SQLException {
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
        };
    }

    /** The standard {@link Types} constant of a portable type. */
    public static int sqlType(ColumnType type) {
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
        };
    }

    /** Whether a table exists, by exact name, in the connection's current catalog and schema. */
    public static boolean tableExists(Connection c, String table) throws SQLException {
        DatabaseMetaData md = c.getMetaData();
        try (ResultSet rs = md.getTables(c.getCatalog(), c.getSchema(), table, null)) {
            while (rs.next()) {
                if (table.equals(rs.getString("TABLE_NAME"))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** {@link SqlDialect#canonicalType}: one spelling of a type name, through the dialect's synonyms. */
    public static String canonicalType(SqlDialect dialect, String type) {
        String t = type.toUpperCase(java.util.Locale.ROOT).replaceAll(" COLLATE .*$", "").replaceAll("\\s+", " ")
                .replaceAll(" ?\\( ?", "(").replaceAll(" ?, ?", ",").replaceAll(" ?\\)", ")").trim();
        int paren = t.indexOf('(');
        String base = paren < 0 ? t : t.substring(0, paren) + t.substring(t.indexOf(')', paren) + 1);
        String args = paren < 0 ? "" : t.substring(paren, t.indexOf(')', paren) + 1);
        String synonym = dialect.typeSynonym(base.trim());
        if (!dialect.sizedType(synonym) || args.isEmpty()) {
            return synonym;
        }
        boolean decimal = synonym.equals("NUMERIC") || synonym.equals("DECIMAL");
        return synonym + (decimal || !args.contains(",") ? args : args.substring(0, args.indexOf(',')) + ")");
    }

    /** Whether a canonical type name's length, precision or scale is part of its identity. */
    public static boolean sizedType(String canonicalName) {
        return switch (canonicalName) {
            case "VARCHAR", "CHAR", "CHARACTER", "CHARACTER VARYING", "NUMERIC", "DECIMAL" -> true;
            default -> false;
        };
    }

    /** Why a name cannot be used: longer than the limit in UTF-8 bytes, empty, or holding NUL; else empty. */
    public static java.util.Optional<String> identifierProblem(String identifier, int maxBytes, String backend) {
        int bytes = identifier.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        if (bytes > maxBytes) {
            return java.util.Optional.of("it is " + bytes + " bytes long and " + backend + " keeps at most " + maxBytes);
        }
        if (identifier.isEmpty() || identifier.indexOf('\0') >= 0) {
            return java.util.Optional.of("a name must not be empty or contain NUL");
        }
        return java.util.Optional.empty();
    }
}
