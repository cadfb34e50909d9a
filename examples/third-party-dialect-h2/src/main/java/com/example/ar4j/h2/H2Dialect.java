package com.example.ar4j.h2;

import java.util.Locale;
import java.util.Map;

import org.ar4j.spi.ColumnSpec;
import org.ar4j.spi.ColumnType;
import org.ar4j.spi.TableSpec;
import org.ar4j.sql.ColumnCodec;
import org.ar4j.sql.DialectFeatures;
import org.ar4j.sql.DialectParts;
import org.ar4j.sql.SqlConnectionSetup;
import org.ar4j.sql.SqlDdl;
import org.ar4j.sql.SqlDialect;
import org.ar4j.sql.SqlSyntax;
import org.ar4j.sql.SqlTypes;
import org.ar4j.sql.UpsertStyle;

/** H2 2.x. Standard SQL covers almost everything; the parts below state the differences. */
public final class H2Dialect extends SqlDialect {
    // tag::parts[]
    private static final DialectParts PARTS = DialectParts.STANDARD
            // names up to 256 characters (counted here in UTF-8 bytes, which is stricter)
            .withFeatures(DialectFeatures.STANDARD.withMaxIdentifierBytes(256))
            // the null order spelled out (not left to DEFAULT_NULL_ORDERING); MERGE, as H2 has no ON CONFLICT
            .withSyntax(SqlSyntax.STANDARD.withSpelledNullOrder(true).withUpsertStyle(UpsertStyle.MERGE))
            // NUMERIC without precision has scale 0 and DECFLOAT drops trailing zeros: decimals are kept as text and
            // compared as DECFLOAT; H2 counts a string's length in UTF-16 units, ar4j (which checks it) in characters
            .withTypes(SqlTypes.STANDARD.with(ColumnType.DECIMAL, ColumnCodec.text(ColumnType.DECIMAL)
                    .comparedAs(column -> "CAST(" + column + " AS DECFLOAT)"))
                    .withTypeNames(Map.of(ColumnType.STRING, "CHARACTER VARYING")))
            .withConnections(new SqlConnectionSetup() {
                /** Unquoted names are upper case in H2: DATABASE_TO_LOWER lets raw SQL name ar4j's columns unquoted. */
                @Override
                public String jdbcUrl(String url) {
                    return url.toUpperCase(Locale.ROOT).contains("DATABASE_TO_LOWER") ? url
                            : url + ";DATABASE_TO_LOWER=TRUE";
                }
            })
            .withDdl(new SqlDdl() {
                /** The identity does not move past inserted keys: restart it after the largest given or stored. */
                @Override
                public String advanceGeneratedKey(SqlSyntax syntax, TableSpec table, ColumnSpec key) {
                    String t = syntax.quote(table.name());
                    String k = syntax.quote(key.name());
                    return "ALTER TABLE " + t + " ALTER COLUMN " + k + " RESTART WITH (SELECT GREATEST(?, COALESCE(MAX("
                            + k + "), 0)) + 1 FROM " + t + ")";
                }
            });
    // end::parts[]

    /** The H2 dialect. */
    public H2Dialect() {
        super("h2", PARTS);
    }
}
