package org.ar4j.dialect.sqlite;

import java.sql.Connection;
import java.sql.SQLException;

import org.ar4j.Capability;
import org.ar4j.spi.ColumnSpec;
import org.ar4j.spi.ColumnType;
import org.ar4j.spi.LiveColumn;
import org.ar4j.spi.TableSpec;
import org.ar4j.sql.ColumnCodec;
import org.ar4j.sql.DialectFeatures;
import org.ar4j.sql.DialectParts;
import org.ar4j.sql.ErrorCodes;
import org.ar4j.sql.SqlDdl;
import org.ar4j.sql.SqlDialect;
import org.ar4j.sql.SqlErrors;
import org.ar4j.sql.SqlSyntax;
import org.ar4j.sql.SqlTypes;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteLimits;

/**
 * SQLite 3.35+ (sqlite-jdbc bundles 3.54). SQLite has few storage classes, so some types are
 * encoded (see {@link SqliteCodecs}): Instant as INTEGER microseconds since the epoch (exact order and comparison),
 * LocalDate and LocalDateTime as fixed-width ISO-8601 TEXT (sorts correctly for years 0-9999),
 * UUID as its 36-character TEXT form, BigDecimal as TEXT (exact round trip, scale kept) compared and
 * sorted by value through a collation ar4j registers on each of its connections (the file stays readable by any
 * SQLite tool; only ar4j's comparisons use the collation).
 */
public final class SqliteDialect extends SqlDialect {
    private static final DialectFeatures FEATURES = DialectFeatures.STANDARD
            // no row locks, but BEGIN IMMEDIATE takes the one write lock: a locking read inside a transaction
            // already excludes every other writer until it ends (no SKIP LOCKED or NOWAIT to offer)
            .with(Capability.LOCKING_READS, Capability.JSON_PATHS, Capability.JSON_PATH_INDEXES)
            // rowids of a batch inserted under the write lock are consecutive; sqlite-jdbc's getGeneratedKeys
            // after a batch reports only the last row's key
            .withBatchKeys(true, false)
            // 51 % of one-by-one reads was sqlite3_prepare: keep read statements prepared per pooled connection
            .withCachedStatementsPerConnection(64)
            // a cursor sees rows its connection writes after it opened: streams buffer inside a transaction
            .withStreaming(0, false, true)
            // a constraint cannot be added to an existing table
            .withForeignKeys(false, true);

    private static final SqlSyntax SYNTAX = SqlSyntax.STANDARD
            // SQLite requires a LIMIT before OFFSET; -1 means no limit
            .withOffsetWithoutLimit("LIMIT -1 OFFSET ?")
            // no clause: the transaction's write lock (BEGIN IMMEDIATE) already serialises writers
            .withLocks("", "")
            // no translate(); the built-in lower() lowers ASCII letters only, exactly the portable fold
            .withFoldAscii("lower(%s)")
            // takes the write lock at once, so read-then-write transactions queue on the busy timeout
            .withCommands(new SqlSyntax.Commands(" DEFAULT VALUES", "BEGIN IMMEDIATE", "SELECT last_insert_rowid()"));

    /** Every type as SQLite stores it; nulls bind untyped. */
    private static final SqlTypes TYPES = SqliteCodecs.untypedNulls(SqlTypes.STANDARD
            .with(ColumnType.STRING, ColumnCodec.standard(ColumnType.STRING).withTypeName("TEXT"))
            .with(ColumnType.DECIMAL, SqliteCodecs.DECIMAL)
            .with(ColumnType.DATE, ColumnCodec.text(ColumnType.DATE).withTypeName("TEXT"))
            .with(ColumnType.DATE_TIME, ColumnCodec.text(ColumnType.DATE_TIME).withTypeName("TEXT"))
            .with(ColumnType.UUID, ColumnCodec.text(ColumnType.UUID).withTypeName("TEXT"))
            .with(ColumnType.INSTANT, SqliteCodecs.INSTANT)
            .with(ColumnType.BOOLEAN, SqliteCodecs.numeric(ColumnType.BOOLEAN, "INTEGER"))
            .with(ColumnType.INTEGER, SqliteCodecs.numeric(ColumnType.INTEGER, "INTEGER"))
            .with(ColumnType.LONG, SqliteCodecs.numeric(ColumnType.LONG, "INTEGER"))
            .with(ColumnType.DOUBLE, SqliteCodecs.numeric(ColumnType.DOUBLE, "REAL"))
            .with(ColumnType.BYTES, ColumnCodec.standard(ColumnType.BYTES).withTypeName("BLOB"))
            .with(ColumnType.JSON, SqliteJson.TEXT_JSON));

    /**
     * SQLITE_BUSY and SQLITE_LOCKED with their extended codes, after {@code sqlite.busyTimeoutMs}: another connection
     * held the database's write lock past the wait. That is a lock conflict, as MySQL's lock wait timeout is, so
     * {@code Retry.onConflict} runs the transaction again.
     */
    private static final SqlErrors ERRORS = SqlErrors.STANDARD.withLockNotAvailable(SqlErrors.STANDARD
            .lockNotAvailable().or(ErrorCodes.vendorCodes(5, 261, 517, 773, 6, 262, 518)));

    private static final SqlDdl DDL = new SqlDdl() {
        /** AUTOINCREMENT keeps SQLite from reusing the ids of deleted rows. */
        @Override
        public String generatedKey(SqlSyntax syntax, TableSpec table, ColumnSpec key) {
            return "INTEGER PRIMARY KEY AUTOINCREMENT";
        }

        /** SQLite cannot change a column's nullability without rebuilding the table. */
        @Override
        public String setNullable(SqlSyntax syntax, TableSpec table, ColumnSpec column, LiveColumn live, boolean nullable) {
            return null;
        }
    };

    private static final DialectParts PARTS = DialectParts.STANDARD.withFeatures(FEATURES).withSyntax(SYNTAX)
            .withTypes(TYPES).withErrors(ERRORS).withDdl(DDL);

    /** The SQLite dialect (each with its own connection set-up: it remembers the connections it configured). */
    public SqliteDialect() {
        super("sqlite", PARTS.withConnections(new SqliteConnections()));
    }

    /** Reads SQLITE_LIMIT_VARIABLE_NUMBER as compiled into the driver's SQLite (32766 since 3.32). */
    @Override
    public void initialize(Connection connection) throws SQLException {
        use(parts().withFeatures(FEATURES.withMaxBindParameters(connection.unwrap(SQLiteConnection.class).getDatabase()
                .limit(SQLiteLimits.SQLITE_LIMIT_VARIABLE_NUMBER.getId(), -1))));
    }
}
