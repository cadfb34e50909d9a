package org.ar4j.dialect.mysql;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ar4j.Capability;
import org.ar4j.spi.SqlText;
import org.ar4j.sql.DialectFeatures;
import org.ar4j.sql.DialectParts;
import org.ar4j.sql.ErrorCodes;
import org.ar4j.sql.SqlCatalogReader;
import org.ar4j.sql.SqlConnectionSetup;
import org.ar4j.sql.SqlDialect;
import org.ar4j.sql.SqlErrors;
import org.ar4j.sql.SqlReplication;
import org.ar4j.sql.SqlSyntax;
import org.ar4j.sql.UpsertStyle;

/**
 * MySQL 8 and MariaDB 10.6+, through MySQL Connector/J. Tables are utf8mb4 with a binary collation
 * without padding, so comparisons and LIKE are case-sensitive and trailing spaces count, as on every
 * ar4j backend. Instants are DATETIME(6) holding UTC; UUIDs are CHAR(36); BigDecimals are text (exact scale), compared
 * as DECIMAL(65,30) (see {@link MysqlTypes}). The server's version, read in {@link #initialize}, decides the collation,
 * window functions and SKIP LOCKED.
 */
public final class MysqlDialect extends SqlDialect {
    /** Window functions and SKIP LOCKED are added by version in {@link #initialize}. */
    private static final DialectFeatures FEATURES = DialectFeatures.STANDARD
            .without(Capability.WINDOW_FUNCTIONS)
            .with(Capability.LOCKING_READS, Capability.JSON_PATHS, Capability.JSON_PATH_INDEXES)
            .withMaxBindParameters(65_535)
            .withMaxIdentifierBytes(64)
            // Connector/J streams row by row only with a fetch size set
            .withStreaming(1_000, false, false)
            // InnoDB checks foreign keys row by row, so a table gets no foreign key to itself
            .withForeignKeys(true, false);

    private static final SqlSyntax SYNTAX = SqlSyntax.STANDARD
            .withQuote('`')
            .withUpsertStyle(UpsertStyle.ON_DUPLICATE_KEY)
            // MySQL needs a LIMIT before OFFSET: this is its documented "no limit"; backslash is its default LIKE
            // escape (writing it in a literal would need doubling); MariaDB spells a shared lock only as LOCK IN SHARE
            // MODE (MySQL 8 takes it too)
            .withClauses(new SqlSyntax.Clauses("LIMIT 18446744073709551615 OFFSET ?", "", " FOR UPDATE",
                    " LOCK IN SHARE MODE", SqlSyntax.Clauses.nestedReplaceAscii()))   // no translate(); LOWER() is Unicode
            // MySQL has no DEFAULT VALUES; an empty column list does the same
            .withCommands(new SqlSyntax.Commands(" () VALUES ()", null, null))
            // # comments and backslash escapes in strings (the default SQL mode), as Connector/J reads them
            .withText(SqlText.MYSQL);

    /**
     * A deadlock (1213, which is also how Galera reports a failed certification: "WSREP detected deadlock/conflict")
     * or the standard serialization SQLSTATEs is a write conflict; MySQL's NOWAIT failure (3572) and a lock wait
     * timeout (1205, MariaDB's NOWAIT failure too) are lock conflicts; duplicate keys (1062), nulls (1048) and foreign
     * keys (1451, 1452) come with SQLSTATE 23000, so by code.
     */
    private static final SqlErrors ERRORS = SqlErrors.STANDARD
            .withWriteConflict(SqlErrors.STANDARD.writeConflict().or(ErrorCodes.vendorCodes(1213)))
            .withLockNotAvailable(ErrorCodes.vendorCodes(3572, 1205))
            .withConstraints(SqlErrors.STANDARD.unique().or(ErrorCodes.vendorCodes(1062)),
                    SqlErrors.STANDARD.notNull().or(ErrorCodes.vendorCodes(1048)),
                    SqlErrors.STANDARD.foreignKey().or(ErrorCodes.vendorCodes(1451, 1452)));

    private static final Pattern MARIADB = Pattern.compile("(\\d+)\\.(\\d+)\\.(\\d+)-MariaDB");
    private static final Pattern VERSION = Pattern.compile("^(\\d+)\\.(\\d+)");
    private static final SqlConnectionSetup CONNECTIONS = new MysqlConnections();
    private static final SqlCatalogReader CATALOG = new MysqlSchema.Catalog();

    private volatile boolean mariadb;

    /** The MySQL and MariaDB dialect; the server's version completes its parts in {@link #initialize}. */
    public MysqlDialect() {
        super("mysql", parts(FEATURES, "utf8mb4_bin"));
    }

    private static DialectParts parts(DialectFeatures features, String collation) {
        return DialectParts.STANDARD.withFeatures(features).withSyntax(SYNTAX).withTypes(MysqlTypes.of(collation))
                .withErrors(ERRORS).withDdl(new MysqlSchema(collation)).withConnections(CONNECTIONS)
                .withCatalog(CATALOG);
    }

    /**
     * Reads the server: a binary collation without trailing-space padding, so 'abc' and 'abc ' differ in comparisons
     * and unique indexes as on every other backend (MariaDB's utf8mb4_nopad_bin, MySQL 8's utf8mb4_0900_bin;
     * utf8mb4_bin pads on both); window functions since MySQL 8.0 and MariaDB 10.2, SKIP LOCKED since MySQL 8.0 and
     * MariaDB 10.6.
     */
    @Override
    public void initialize(Connection connection) throws SQLException {
        String version = connection.getMetaData().getDatabaseProductVersion();
        Matcher maria = MARIADB.matcher(version);
        mariadb = maria.find();
        boolean windows;
        boolean skipLocked;
        if (mariadb) {
            int major = Integer.parseInt(maria.group(1));
            int minor = Integer.parseInt(maria.group(2));
            windows = major > 10 || (major == 10 && minor >= 2);
            skipLocked = major > 10 || (major == 10 && minor >= 6);
        } else {
            Matcher m = VERSION.matcher(version);
            windows = m.find() && Integer.parseInt(m.group(1)) >= 8;
            skipLocked = windows;
        }
        DialectFeatures f = windows ? FEATURES.with(Capability.WINDOW_FUNCTIONS) : FEATURES;
        use(parts(skipLocked ? f.with(Capability.SKIP_LOCKED) : f, mariadb ? "utf8mb4_nopad_bin" : "utf8mb4_0900_bin"));
    }

    /** GTID positions: MariaDB's gtid_binlog_pos and MASTER_GTID_WAIT, MySQL 8's gtid_executed. */
    @Override
    public SqlReplication replication() {
        return new MysqlReplication(mariadb);
    }
}
