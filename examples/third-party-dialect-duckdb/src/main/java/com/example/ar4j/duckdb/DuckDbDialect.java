package com.example.ar4j.duckdb;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ar4j.Capability;
import org.ar4j.ConstraintViolationException;
import org.ar4j.spi.ColumnSpec;
import org.ar4j.spi.ColumnType;
import org.ar4j.spi.IndexSpec;
import org.ar4j.spi.TableSpec;
import org.ar4j.sql.DialectFeatures;
import org.ar4j.sql.SqlDialect;
import org.ar4j.sql.StandardConstraints;

/**
 * DuckDB 1.4+ (duckdb_jdbc 2.0). What differs from standard SQL: no savepoints and no identity columns (generated
 * keys come from a sequence per table), foreign keys only in CREATE TABLE, and no decimal type wide enough for
 * ar4j's portable range (34 digits, scale up to 30), so BigDecimals are stored as text and compared as BIGNUMs
 * scaled by 10^30 through two macros.
 */
public final class DuckDbDialect extends SqlDialect {
    private static final DialectFeatures FEATURES = DialectFeatures.STANDARD
            .withCapabilities(EnumSet.of(Capability.TRANSACTIONS, Capability.RAW_SQL, Capability.WINDOW_FUNCTIONS))
            // DuckDB sorts nulls last ascending; ar4j's portable order is nulls first ascending
            .withSpelledNullOrder(true)
            // getGeneratedKeys after executeBatch does not give one key per row
            .withBatchKeys(false, false)
            // no FOREIGN_KEYS (declared above): DuckDB checks a deleted row's references against index entries
            // that rows deleted earlier in the same transaction still hold, so deleting children then their
            // parent (a cascade) fails; nor can it ALTER TABLE ... ADD CONSTRAINT
            .withForeignKeys(false, false);

    /** A decimal's text as an exact BIGNUM of its value times 10^30, which orders and sums exactly. */
    private static final String DEC_MACRO = "CREATE OR REPLACE MACRO ar4j_dec(x) AS CAST(split_part(x, '.', 1)"
            + " || rpad(split_part(x, '.', 2), 30, '0') AS BIGNUM)";
    /**
     * Back from such a BIGNUM to plain decimal text with {@code s} fraction digits (the largest scale among the
     * values summed, as a SQL NUMERIC sum keeps it).
     */
    private static final String TEXT_MACRO = "CREATE OR REPLACE MACRO ar4j_dec_text(v, s) AS CASE WHEN v IS NULL THEN"
            + " NULL ELSE (CASE WHEN v < 0 THEN '-' ELSE '' END) || ar4j_dec_int(ar4j_dec_pad(v)) || CASE WHEN s > 0"
            + " THEN '.' || left(right(ar4j_dec_pad(v), 30), s) ELSE '' END END";
    /** The digits of |v|, left-padded to at least 31 (so that 30 fraction digits and one integer digit exist). */
    private static final String PAD_MACRO = "CREATE OR REPLACE MACRO ar4j_dec_pad(v) AS lpad(replace(CAST(v AS VARCHAR),"
            + " '-', ''), CAST(greatest(length(replace(CAST(v AS VARCHAR), '-', '')), 31) AS INTEGER), '0')";
    /** The integer digits of such padded digits, without leading zeros (at least "0"). */
    private static final String INT_MACRO = "CREATE OR REPLACE MACRO ar4j_dec_int(d) AS coalesce(nullif(ltrim("
            + "left(d, CAST(length(d) - 30 AS INTEGER)), '0'), ''), '0')";

    private static final Pattern DUPLICATE = Pattern.compile("Duplicate key \"([^:\"]+):");
    private static final Pattern NOT_NULL = Pattern.compile("NOT NULL constraint failed: [^.\\s]+\\.(\\S+)");

    @Override
    public String name() {
        return "duckdb";
    }

    @Override
    public DialectFeatures features() {
        return FEATURES;
    }

    @Override
    public String columnType(ColumnSpec column) {
        return switch (column.type()) {
            case STRING, DECIMAL -> "VARCHAR";
            case BOOLEAN -> "BOOLEAN";
            case INTEGER -> "INTEGER";
            case LONG -> "BIGINT";
            case DOUBLE -> "DOUBLE";
            case INSTANT -> "TIMESTAMPTZ";
            case DATE -> "DATE";
            case DATE_TIME -> "TIMESTAMP";
            case UUID -> "UUID";
            case BYTES -> "BLOB";
        };
    }

    @Override
    public String generatedKeyDefinition(ColumnSpec column) {
        throw new IllegalStateException("a DuckDB generated key needs its table's sequence");
    }

    private String sequence(TableSpec table) {
        return table.name() + "_id_seq";
    }

    /** The sequence as nextval/setval take it: its quoted name inside a string literal. */
    private String sequenceLiteral(TableSpec table) {
        return "'" + quote(sequence(table)).replace("'", "''") + "'";
    }

    @Override
    public String generatedKeyDefinition(TableSpec table, ColumnSpec column) {
        return (column.type() == ColumnType.INTEGER ? "INTEGER" : "BIGINT") + " DEFAULT nextval("
                + sequenceLiteral(table) + ") PRIMARY KEY";
    }

    @Override
    public List<String> beforeCreateTable(TableSpec table) {
        return hasGeneratedKey(table) ? List.of("CREATE SEQUENCE IF NOT EXISTS " + quote(sequence(table))) : List.of();
    }

    @Override
    public List<String> afterDropTable(TableSpec table) {
        return hasGeneratedKey(table) ? List.of("DROP SEQUENCE IF EXISTS " + quote(sequence(table))) : List.of();
    }

    private static boolean hasGeneratedKey(TableSpec table) {
        return table.columns().stream().anyMatch(c -> c.primaryKey() && c.generated());
    }

    /** The sequence continues after the largest of the given keys and those stored. */
    @Override
    public String advanceGeneratedKeySql(TableSpec table, ColumnSpec key) {
        return "SELECT setval(" + sequenceLiteral(table) + ", GREATEST(?, (SELECT COALESCE(MAX("
                + quote(key.name()) + "), 0) FROM " + quote(table.name()) + ")))";
    }

    @Override
    public void initialize(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(DEC_MACRO);
            s.execute(PAD_MACRO);
            s.execute(INT_MACRO);
            s.execute(TEXT_MACRO);
        }
    }

    @Override
    public String comparable(String column, ColumnType type) {
        return type == ColumnType.DECIMAL ? "ar4j_dec(" + column + ")" : column;
    }

    /** Decimals are text: min and max return the text of the extreme value, sums are exact. */
    @Override
    public String aggregate(String function, String column, ColumnType type) {
        if (type != ColumnType.DECIMAL) {
            return super.aggregate(function, column, type);
        }
        return switch (function) {
            case "MIN" -> "arg_min(" + column + ", ar4j_dec(" + column + "))";
            case "MAX" -> "arg_max(" + column + ", ar4j_dec(" + column + "))";
            case "SUM" -> "ar4j_dec_text(SUM(ar4j_dec(" + column + ")), MAX(length(split_part(" + column
                    + ", '.', 2))))";
            default -> super.aggregate(function, column, type);
        };
    }

    @Override
    public void bind(PreparedStatement ps, int index, Object value, ColumnType type) throws SQLException {
        if (type == ColumnType.DECIMAL && value != null) {
            ps.setString(index, ((BigDecimal) value).toPlainString());
        } else if (type == ColumnType.DATE && value != null) {
            // the driver converts through java.sql.Date, whose calendar is Julian before 1582
            ps.setString(index, value.toString());
        } else {
            super.bind(ps, index, value, type);
        }
    }

    @Override
    public Object read(ResultSet rs, int index, ColumnType type) throws SQLException {
        if (type == ColumnType.DECIMAL) {
            String s = rs.getString(index);
            return s == null ? null : new BigDecimal(s);
        }
        if (type == ColumnType.DATE) {
            String s = rs.getString(index);
            return s == null ? null : java.time.LocalDate.parse(s);
        }
        if (type == ColumnType.DOUBLE) {
            // the driver's getDouble answers NaN, not 0, for NULL
            Object v = rs.getObject(index);
            return v == null ? null : ((Number) v).doubleValue() == 0.0d ? 0.0d : ((Number) v).doubleValue();
        }
        return super.read(rs, index, type);
    }

    @Override
    public String typeSynonym(String upperCaseName) {
        return switch (upperCaseName) {
            case "TIMESTAMP WITH TIME ZONE" -> "TIMESTAMPTZ";
            case "INT4", "INT" -> "INTEGER";
            case "INT8" -> "BIGINT";
            default -> upperCaseName;
        };
    }

    /** getIndexInfo names no columns: read them from {@code duckdb_indexes()}. */
    @Override
    public List<IndexSpec> liveIndexes(Connection c, String table) throws SQLException {
        List<IndexSpec> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT index_name, is_unique, expressions FROM duckdb_indexes() WHERE table_name = ?")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    List<String> columns = new ArrayList<>();
                    for (String part : rs.getString(3).replaceAll("^\\[|\\]$", "").split(",")) {
                        columns.add(part.trim().replace("\"", "").replace("'", ""));
                    }
                    out.add(new IndexSpec(rs.getString(1), columns, rs.getBoolean(2)));
                }
            }
        }
        return out;
    }

    /** Optimistic concurrency: a second writer of a row fails at once, in its statement or at commit. */
    @Override
    public boolean isWriteConflict(SQLException e) {
        String m = e.getMessage() == null ? "" : e.getMessage();
        return m.contains("Conflict on update") || m.contains("Conflict on tuple deletion")
                || m.contains("write-write conflict");
    }

    /** The driver's RETURN_GENERATED_KEYS finds no key when the table's name needs quoting; naming the column does. */
    @Override
    public PreparedStatement prepareInsertReturningKey(Connection c, String sql, String keyColumn) throws SQLException {
        return c.prepareStatement(sql, new String[] {keyColumn});
    }

    /** DuckDB reports violations only in its messages: duplicate keys and not-null failures name the column. */
    @Override
    public ConstraintViolationException constraintViolation(SQLException e, TableSpec table) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        Matcher dup = DUPLICATE.matcher(message);
        if (dup.find()) {
            String field = table.describe(dup.group(1).trim());
            return new ConstraintViolationException(ConstraintViolationException.Kind.UNIQUE, List.of(field),
                    "Duplicate value for " + field + ": a " + table.model() + " with the same value is already stored ("
                            + message.lines().findFirst().orElse("") + ")", e);
        }
        Matcher nn = NOT_NULL.matcher(message);
        if (nn.find()) {
            String field = table.describe(nn.group(1).trim());
            return new ConstraintViolationException(ConstraintViolationException.Kind.NOT_NULL, List.of(field),
                    field + " must not be null", e);
        }
        if (message.toLowerCase(Locale.ROOT).contains("foreign key constraint")) {
            return new ConstraintViolationException(ConstraintViolationException.Kind.FOREIGN_KEY, List.of(),
                    "A foreign key of " + table.model() + " refers to a missing record (" + message.lines().findFirst()
                            .orElse("") + ")", e);
        }
        return StandardConstraints.classify(e, table);
    }
}
