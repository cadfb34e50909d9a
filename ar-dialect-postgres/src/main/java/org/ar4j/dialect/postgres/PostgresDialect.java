package org.ar4j.dialect.postgres;

import java.sql.Types;
import java.util.Map;

import org.ar4j.Capability;
import org.ar4j.spi.ColumnSpec;
import org.ar4j.spi.ColumnType;
import org.ar4j.spi.SqlText;
import org.ar4j.spi.TableSpec;
import org.ar4j.sql.ColumnCodec;
import org.ar4j.sql.DialectFeatures;
import org.ar4j.sql.DialectParts;
import org.ar4j.sql.SqlDdl;
import org.ar4j.sql.SqlDialect;
import org.ar4j.sql.SqlReplication;
import org.ar4j.sql.SqlSyntax;
import org.ar4j.sql.SqlTypes;

/**
 * PostgreSQL 12+. Native types for everything ({@code timestamptz}, {@code uuid}, {@code numeric},
 * {@code bytea}); key lists bind as one array ({@code = ANY(?)}), so batched relation loads never
 * need chunking.
 */
public final class PostgresDialect extends SqlDialect {
    private static final DialectFeatures FEATURES = DialectFeatures.STANDARD
            .with(Capability.ARRAY_BINDING, Capability.LOCKING_READS, Capability.SKIP_LOCKED, Capability.JSON_PATHS,
                    Capability.JSON_PATH_INDEXES)
            .withMaxBindParameters(65_535)
            // PostgreSQL truncates longer names to 63 bytes
            .withMaxIdentifierBytes(63)
            // pgjdbc buffers a whole result unless a fetch size is set inside a transaction
            .withStreaming(1_000, true, false)
            // pgjdbc caches a text's parse and server-side statement per connection, not the statement object:
            // preparing one per read allocated about 1 KB more than a find by hand (2.25x)
            .withCachedStatementsPerConnection(64);

    private static final SqlSyntax SYNTAX = SqlSyntax.STANDARD
            // PostgreSQL sorts nulls last ascending; ar4j's portable order is nulls first ascending
            .withSpelledNullOrder(true)
            // dollar-quoted strings and nested comments: a ? inside them is no placeholder (pgjdbc reads them so)
            .withText(SqlText.POSTGRESQL);

    /**
     * Native types; every list binds as one array but text's (see {@link PostgresText}) and bytea's (pgjdbc cannot
     * build a bytea[] from byte arrays).
     */
    private static final SqlTypes TYPES = arrays(SqlTypes.STANDARD, Map.of(
            ColumnType.BOOLEAN, "bool", ColumnType.INTEGER, "int4", ColumnType.LONG, "int8", ColumnType.DOUBLE, "float8",
            ColumnType.DECIMAL, "numeric", ColumnType.INSTANT, "timestamptz", ColumnType.DATE, "date",
            ColumnType.DATE_TIME, "timestamp", ColumnType.UUID, "uuid"))
            .with(ColumnType.STRING, PostgresText.INSTANCE)
            // a typed null lets pgjdbc bind it to a bytea column
            .with(ColumnType.BYTES, ColumnCodec.standard(ColumnType.BYTES).withTypeName("BYTEA").withNullType(Types.BINARY))
            .with(ColumnType.JSON, PostgresJson.JSONB)
            // the names pgJDBC's metadata reports, in the spelling ar4j declares them
            .withSynonyms(Map.of("INT4", "INTEGER", "SERIAL", "INTEGER", "INT8", "BIGINT", "BIGSERIAL", "BIGINT",
                    "FLOAT8", "DOUBLE PRECISION", "BOOL", "BOOLEAN", "TIMESTAMPTZ", "TIMESTAMP WITH TIME ZONE",
                    "CHARACTER VARYING", "VARCHAR", "INT2", "SMALLINT", "BPCHAR", "CHAR"))
            // an enum type holds the text an enum field writes; its labels are not compared with the field's values
            .withHolders("TEXT", "ENUM");

    /**
     * An identity column does not move past explicitly inserted keys: take the larger of the key and the sequence's
     * next value (nextval keeps this safe under concurrency; the gap it may leave is harmless). Table and column are
     * string literals naming the identity's sequence, not SQL.
     */
    private static final SqlDdl DDL = new SqlDdl() {
        @Override
        public String advanceGeneratedKey(SqlSyntax syntax, TableSpec table, ColumnSpec key) {
            String seq = "pg_get_serial_sequence('" + syntax.quote(table.name()).replace("'", "''") + "', '"
                    + key.name().replace("'", "''") + "')";
            return "SELECT setval(" + seq + ", GREATEST(?, nextval(" + seq + ")))";
        }
    };

    private static final SqlReplication REPLICATION = new PostgresReplication();

    private static SqlTypes arrays(SqlTypes types, Map<ColumnType, String> elementTypes) {
        SqlTypes out = types;
        for (Map.Entry<ColumnType, String> e : elementTypes.entrySet()) {
            out = out.with(e.getKey(), out.codec(e.getKey()).withArrayElementType(e.getValue()));
        }
        return out;
    }

    /** The PostgreSQL dialect. */
    public PostgresDialect() {
        super("postgres", DialectParts.STANDARD.withFeatures(FEATURES).withSyntax(SYNTAX).withTypes(TYPES).withDdl(DDL)
                .withCatalog(PostgresCatalog.INSTANCE));
    }

    /** Streaming replication by WAL position (see {@link PostgresReplication}). */
    @Override
    public SqlReplication replication() {
        return REPLICATION;
    }
}
