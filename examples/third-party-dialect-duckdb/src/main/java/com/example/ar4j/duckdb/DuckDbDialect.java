package com.example.ar4j.duckdb;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.ar4j.Capability;
import org.ar4j.spi.ColumnSpec;
import org.ar4j.spi.ColumnType;
import org.ar4j.spi.IndexSpec;
import org.ar4j.spi.TableSpec;
import org.ar4j.sql.ColumnCodec;
import org.ar4j.sql.DialectFeatures;
import org.ar4j.sql.DialectParts;
import org.ar4j.sql.ErrorCodes;
import org.ar4j.sql.SqlCatalogReader;
import org.ar4j.sql.SqlDdl;
import org.ar4j.sql.SqlDialect;
import org.ar4j.sql.SqlErrors;
import org.ar4j.sql.SqlSyntax;
import org.ar4j.sql.SqlTypes;

/**
 * DuckDB 1.4+ (duckdb_jdbc 2.0): no savepoints, no identity columns (keys from a sequence per table), foreign keys only
 * in CREATE TABLE, no decimal type as wide as ar4j's portable range (34 digits, scale up to 30): decimals are text.
 */
public final class DuckDbDialect extends SqlDialect {
    /** Decimal text as an exact BIGNUM of value * 10^30 ({@code ar4j_dec}), and a sum of those back as text. */
    private static final List<String> MACROS = List.of("CREATE OR REPLACE MACRO ar4j_dec(x) AS CAST(split_part(x, '.',"
            + " 1) || rpad(split_part(x, '.', 2), 30, '0') AS BIGNUM)", "CREATE OR REPLACE MACRO ar4j_dec_pad(v) AS"
            + " lpad(replace(CAST(v AS VARCHAR), '-', ''), CAST(greatest(length(replace(CAST(v AS VARCHAR), '-', '')),"
            + " 31) AS INTEGER), '0')", "CREATE OR REPLACE MACRO ar4j_dec_int(d) AS coalesce(nullif(ltrim(left(d,"
            + " CAST(length(d) - 30 AS INTEGER)), '0'), ''), '0')", "CREATE OR REPLACE MACRO ar4j_dec_text(v, s) AS CASE"
            + " WHEN v IS NULL THEN NULL ELSE (CASE WHEN v < 0 THEN '-' ELSE '' END) || ar4j_dec_int(ar4j_dec_pad(v))"
            + " || CASE WHEN s > 0 THEN '.' || left(right(ar4j_dec_pad(v), 30), s) ELSE '' END END");

    private static final DialectParts PARTS = DialectParts.STANDARD
            // no FOREIGN_KEYS: a cascade (children, then their parent, in one transaction) fails on index entries of
            // deleted rows, and no ALTER TABLE ... ADD CONSTRAINT; getGeneratedKeys gives no key per row of a batch
            .withFeatures(DialectFeatures.STANDARD.without(Capability.SAVEPOINTS, Capability.FOREIGN_KEYS)
                    .withBatchKeys(false, false).withForeignKeys(false, false))
            .withSyntax(SqlSyntax.STANDARD.withSpelledNullOrder(true)) // DuckDB sorts nulls last ascending
            .withTypes(typeMap())
            // optimistic concurrency: a second writer of a row fails at once; a violation names its column in text
            .withErrors(SqlErrors.STANDARD.withWriteConflict(ErrorCodes.messages("Conflict on update",
                    "Conflict on tuple deletion", "write-write conflict"))
                    .withColumnNames(Pattern.compile("Duplicate key \"([^:\"]+):")))
            .withDdl(new SequenceKeys())
            .withCatalog(new SqlCatalogReader() {
                /** getIndexInfo names no columns: read them from {@code duckdb_indexes()}. */
                @Override
                public List<IndexSpec> indexes(Connection c, String table) throws SQLException {
                    List<IndexSpec> out = new ArrayList<>();
                    try (PreparedStatement ps = c.prepareStatement(
                            "SELECT index_name, is_unique, expressions FROM duckdb_indexes() WHERE table_name = ?")) {
                        ps.setString(1, table);
                        try (ResultSet rs = ps.executeQuery()) {
                            while (rs.next()) {
                                out.add(new IndexSpec(rs.getString(1), Arrays.stream(rs.getString(3).replaceAll(
                                        "^\\[|\\]$", "").split(",")).map(part -> part.trim().replace("\"", "")
                                        .replace("'", "")).toList(), rs.getBoolean(2)));
                            }
                        }
                    }
                    return out;
                }
            });

    /** The DuckDB dialect. */
    public DuckDbDialect() {
        super("duckdb", PARTS);
    }

    private static SqlTypes typeMap() {
        return SqlTypes.STANDARD
                .withTypeNames(Map.of(ColumnType.STRING, "VARCHAR", ColumnType.JSON, "VARCHAR", ColumnType.INSTANT, "TIMESTAMPTZ",
                        ColumnType.DATE_TIME, "TIMESTAMP", ColumnType.BYTES, "BLOB"))
                .with(ColumnType.DECIMAL, ColumnCodec.text(ColumnType.DECIMAL).withTypeName("VARCHAR")
                        .comparedAs(column -> "ar4j_dec(" + column + ")")
                        .aggregatedAs((function, column) -> switch (function) {
                            // min and max return the text of the extreme value, sums are exact
                            case "MIN" -> "arg_min(" + column + ", ar4j_dec(" + column + "))";
                            case "MAX" -> "arg_max(" + column + ", ar4j_dec(" + column + "))";
                            case "SUM" -> "ar4j_dec_text(SUM(ar4j_dec(" + column + ")), MAX(length(split_part("
                                    + column + ", '.', 2))))";
                            default -> null;
                        }))
                // the driver converts dates through java.sql.Date, whose calendar is Julian before 1582: text instead
                .with(ColumnType.DATE, ColumnCodec.text(ColumnType.DATE).withTypeName("DATE"))
                // the driver's getDouble answers NaN, not 0, for NULL: read the object (+ 0.0 turns -0.0 into 0.0)
                .with(ColumnType.DOUBLE, ColumnCodec.standard(ColumnType.DOUBLE).withTypeName("DOUBLE")
                        .withReader((rs, i) -> rs.getObject(i) instanceof Number n ? n.doubleValue() + 0.0d : null))
                .withSynonyms(Map.of("TIMESTAMP WITH TIME ZONE", "TIMESTAMPTZ", "INT4", "INTEGER", "INT", "INTEGER",
                        "INT8", "BIGINT"));
    }

    @Override
    public void initialize(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            for (String macro : MACROS) {
                s.execute(macro);
            }
        }
    }

    /** No identity columns: a generated key takes its values from its table's own sequence, {@code <table>_id_seq}. */
    private static final class SequenceKeys extends SqlDdl {
        /** The sequence's quoted name, or (as nextval/setval take it) that name inside a string literal. */
        private static String sequence(SqlSyntax syntax, TableSpec table, boolean literal) {
            String name = syntax.quote(table.name() + "_id_seq");
            return literal ? "'" + name.replace("'", "''") + "'" : name;
        }

        private static boolean keyed(TableSpec table) {
            return table.columns().stream().anyMatch(c -> c.primaryKey() && c.generated());
        }

        @Override
        public String generatedKey(SqlSyntax syntax, TableSpec table, ColumnSpec key) {
            return (key.type() == ColumnType.INTEGER ? "INTEGER" : "BIGINT") + " DEFAULT nextval("
                    + sequence(syntax, table, true) + ") PRIMARY KEY";
        }

        @Override
        public List<String> beforeCreate(SqlSyntax syntax, TableSpec table) {
            return keyed(table) ? List.of("CREATE SEQUENCE IF NOT EXISTS " + sequence(syntax, table, false))
                    : List.of();
        }

        @Override
        public List<String> afterDrop(SqlSyntax syntax, TableSpec table) {
            return keyed(table) ? List.of("DROP SEQUENCE IF EXISTS " + sequence(syntax, table, false))
                    : List.of();
        }

        /** The sequence continues after the largest of the given keys and those stored. */
        @Override
        public String advanceGeneratedKey(SqlSyntax syntax, TableSpec table, ColumnSpec key) {
            return "SELECT setval(" + sequence(syntax, table, true) + ", GREATEST(?, (SELECT COALESCE(MAX("
                    + syntax.quote(key.name()) + "), 0) FROM " + syntax.quote(table.name()) + ")))";
        }
    }
}
