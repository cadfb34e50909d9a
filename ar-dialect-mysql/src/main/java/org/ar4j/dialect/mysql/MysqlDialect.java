package org.ar4j.dialect.mysql;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.mysql.cj.jdbc.JdbcConnection;
import org.ar4j.sql.DialectFeatures;
import org.ar4j.sql.SqlDialect;
import org.ar4j.sql.SqlReplication;
import org.ar4j.sql.UpsertStyle;
import org.ar4j.spi.Locking;
import org.ar4j.spi.BackendConfig;
import org.ar4j.Capability;
import org.ar4j.spi.ColumnSpec;
import org.ar4j.spi.ColumnType;
import org.ar4j.spi.IndexSpec;
import org.ar4j.spi.LiveColumn;
import org.ar4j.spi.TableSpec;
import java.sql.Types;
import java.time.format.DateTimeFormatter;

/**
 * MySQL 8 and MariaDB 10.6+, through MySQL Connector/J. Tables are utf8mb4 with a binary collation
 * without padding, so comparisons and LIKE are case-sensitive and trailing spaces count, as on every
 * ar4j backend. Instants are
 * DATETIME(6) holding UTC; UUIDs are CHAR(36); BigDecimals are text (exact scale), compared as
 * DECIMAL(65,30).
 */
public final class MysqlDialect extends SqlDialect {
    private static final DialectFeatures FEATURES = DialectFeatures.STANDARD
            .withMaxBindParameters(65_535)
            .withMaxIdentifierBytes(64)
            .withUpsertStyle(UpsertStyle.ON_DUPLICATE_KEY)
            // Connector/J streams row by row only with a fetch size set
            .withStreaming(1_000, false, false)
            // InnoDB checks foreign keys row by row, so a table gets no foreign key to itself
            .withForeignKeys(true, false);

    @Override
    public DialectFeatures features() {
        return FEATURES;
    }

    /** # comments and backslash escapes in strings (the default SQL mode), as Connector/J reads them. */
    @Override
    public org.ar4j.spi.SqlText sqlText() {
        return org.ar4j.spi.SqlText.MYSQL;
    }

    private static final Pattern MARIADB = Pattern.compile("(\\d+)\\.(\\d+)\\.(\\d+)-MariaDB");
    private static final Pattern VERSION = Pattern.compile("^(\\d+)\\.(\\d+)");
    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS");

    @Override
    public String name() {
        return "mysql";
    }

    /** Connector/J only takes jdbc:mysql: URLs; it serves MariaDB too. */
    @Override
    public String jdbcUrl(String url) {
        return url.startsWith("jdbc:mariadb:") ? "jdbc:mysql:" + url.substring("jdbc:mariadb:".length()) : url;
    }

    @Override
    public Map<String, String> driverProperties(BackendConfig config) {
        // useCursorFetch: a positive fetch size then reads through a server-side cursor instead of
        // buffering the whole result (Connector/J buffers by default).
        return Map.of("rewriteBatchedStatements", "true", "characterEncoding", "UTF-8",
                "connectionCollation", "utf8mb4_bin", "useCursorFetch", "true");
    }

    /**
     * On the client: useCursorFetch (for streams) makes Connector/J prepare every statement on the server, and
     * closing one inside a transaction sends COM_STMT_CLOSE, which has no answer. MariaDB Galera reports a transaction
     * it aborted for a conflicting write from another node to the next command; when that was COM_STMT_CLOSE the
     * failure was lost and the COMMIT that followed succeeded with nothing in it (GaleraClusterTest lost 60 of 600
     * acknowledged increments that way). Client-side statements send no such command; streams keep server cursors.
     */
    @Override
    public PreparedStatement prepare(Connection c, String sql) throws SQLException {
        return prepareOnClient(c, sql, Statement.NO_GENERATED_KEYS);
    }

    /** On the client, for the reason {@link #prepare} gives. */
    @Override
    public PreparedStatement prepareInsertReturningKey(Connection c, String sql, String keyColumn) throws SQLException {
        return prepareOnClient(c, sql, Statement.RETURN_GENERATED_KEYS);
    }

    /** Connector/J's client-side statement; the driver's own choice where the connection is not Connector/J's. */
    private static PreparedStatement prepareOnClient(Connection c, String sql, int keys) throws SQLException {
        return c.isWrapperFor(JdbcConnection.class) ? c.unwrap(JdbcConnection.class).clientPrepareStatement(sql, keys)
                : c.prepareStatement(sql, keys);
    }

    @Override
    public String quote(String identifier) {
        return '`' + identifier.replace("`", "``") + '`';
    }

    /**
     * A binary collation without trailing-space padding, so 'abc' and 'abc ' differ in comparisons and
     * unique indexes as on every other backend: MariaDB's utf8mb4_nopad_bin, MySQL 8's utf8mb4_0900_bin
     * (utf8mb4_bin pads on both). Read from the server in {@link #initialize}.
     */
    private volatile String collation = "utf8mb4_bin";
    private volatile boolean mariadb;

    @Override
    public void initialize(Connection connection) throws SQLException {
        String version = connection.getMetaData().getDatabaseProductVersion();
        mariadb = MARIADB.matcher(version).find();
        collation = mariadb ? "utf8mb4_nopad_bin" : "utf8mb4_0900_bin";
    }

    @Override
    public String createTableOptions() {
        return "ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=" + collation;
    }

    @Override
    public String columnType(ColumnSpec column) {
        return switch (column.type()) {
            case STRING -> column.length() > 0 ? "VARCHAR(" + column.length() + ")"
                    : column.primaryKey() || column.unique() ? "VARCHAR(255)" : "LONGTEXT";
            case BOOLEAN -> "BOOLEAN";
            case INTEGER -> "INT";
            case LONG -> "BIGINT";
            case DOUBLE -> "DOUBLE";
            case DECIMAL -> column.precision() > 0 ? "DECIMAL(" + column.precision() + ", " + column.scale() + ")"
                    : "VARCHAR(255)";
            case INSTANT, DATE_TIME -> "DATETIME(6)";
            case DATE -> "DATE";
            case UUID -> "CHAR(36)";
            case BYTES -> "LONGBLOB";
        };
    }

    /** MySQL cannot index a TEXT column without a prefix length: indexed strings are VARCHAR(255). */
    @Override
    public String columnType(TableSpec table, ColumnSpec column) {
        if (column.type() == ColumnType.STRING && column.length() == 0) {
            for (IndexSpec ix : table.indexes()) {
                if (ix.columns().contains(column.name())) {
                    return "VARCHAR(255)";
                }
            }
        }
        return columnType(column);
    }

    @Override
    public String generatedKeyDefinition(ColumnSpec column) {
        return "BIGINT AUTO_INCREMENT PRIMARY KEY";
    }

    /**
     * Window functions arrived in MySQL 8.0 and MariaDB 10.2, SKIP LOCKED in MySQL 8.0 and MariaDB 10.6; the product
     * version tells which server it is.
     */
    @Override
    public Set<Capability> capabilities(DatabaseMetaData metaData) throws SQLException {
        EnumSet<Capability> caps = EnumSet.of(Capability.TRANSACTIONS, Capability.SAVEPOINTS, Capability.RAW_SQL,
                Capability.FOREIGN_KEYS, Capability.LOCKING_READS);
        String version = metaData.getDatabaseProductVersion();
        Matcher maria = MARIADB.matcher(version);
        boolean windows;
        boolean skipLocked;
        if (maria.find()) {
            int major = Integer.parseInt(maria.group(1));
            int minor = Integer.parseInt(maria.group(2));
            windows = major > 10 || (major == 10 && minor >= 2);
            skipLocked = major > 10 || (major == 10 && minor >= 6);
        } else {
            Matcher m = VERSION.matcher(version);
            windows = m.find() && Integer.parseInt(m.group(1)) >= 8;
            skipLocked = windows;
        }
        if (windows) {
            caps.add(Capability.WINDOW_FUNCTIONS);
        }
        if (skipLocked) {
            caps.add(Capability.SKIP_LOCKED);
        }
        return caps;
    }

    /** MariaDB spells a shared lock only as LOCK IN SHARE MODE (MySQL 8 takes it too). */
    @Override
    public String lockingClause(Locking locking) {
        String clause = super.lockingClause(locking);
        return locking.shared() ? clause.replace(" FOR SHARE", " LOCK IN SHARE MODE") : clause;
    }

    /**
     * A deadlock (1213, which is also how Galera reports a failed certification: "WSREP detected deadlock/conflict")
     * or the standard serialization SQLSTATEs; a lock wait timeout (1205) is a lock conflict, see below.
     */
    @Override
    public boolean isWriteConflict(SQLException e) {
        return e.getErrorCode() == 1213 || super.isWriteConflict(e);
    }

    /** MySQL's NOWAIT failure (3572), and MariaDB's, which reports a lock wait timeout (1205). */
    @Override
    public boolean isLockNotAvailable(SQLException e) {
        return e.getErrorCode() == 3572 || e.getErrorCode() == 1205;
    }

    /** MySQL has no DEFAULT VALUES; an empty column list does the same. */
    @Override
    public String insertDefaultValues(String quotedTable) {
        return "INSERT INTO " + quotedTable + " () VALUES ()";
    }

    /** MySQL needs a LIMIT before OFFSET; this is its documented "no limit". */
    @Override
    public String limitClause(boolean hasLimit, boolean hasOffset) {
        if (hasOffset && !hasLimit) {
            return "LIMIT 18446744073709551615 OFFSET ?";
        }
        return super.limitClause(hasLimit, hasOffset);
    }

    /**
     * Backslash is MySQL's default LIKE escape; writing it in a literal would need doubling. The pattern carries the
     * binary collation, so a column of an existing table with a case-insensitive one matches case-sensitively too.
     */
    @Override
    public String like(String column) {
        return column + " LIKE ? COLLATE " + collation;
    }

    /**
     * BigDecimals compare as DECIMAL(65,30). A string parameter carries the binary collation ar4j's tables have, so a
     * column of an existing table with a {@code _ci} collation compares case-sensitively as on every backend (the
     * column's own index still serves columns that are binary already).
     */
    @Override
    public String comparable(String column, ColumnType type) {
        if (type == ColumnType.STRING && column.equals("?")) {
            return "? COLLATE " + collation;
        }
        return type == ColumnType.DECIMAL ? "CAST(" + column + " AS DECIMAL(65,30))" : column;
    }

    /**
     * An indexed text field with no declared length is VARCHAR(255) in tables ar4j creates; a TEXT column an index was
     * added to later (MariaDB indexes a prefix of it) holds the same values, since ar4j keeps such a field within 255
     * characters on every backend.
     */
    @Override
    public boolean holds(String have, String want) {
        return super.holds(have, want) || want.equals("VARCHAR(255)")
                && (have.equals("LONGTEXT") || have.equals("MEDIUMTEXT") || have.equals("TEXT"));
    }

    @Override
    public void bind(PreparedStatement ps, int index, Object value, ColumnType type) throws SQLException {
        if (value == null) {
            super.bind(ps, index, null, type);
            return;
        }
        switch (type) {
            // Text, not a temporal: MariaDB reports itself as "5.5.5-10.x" and Connector/J then
            // drops fractional seconds from temporal parameters (it thinks the server predates 5.6.4).
            case INSTANT -> ps.setString(index, DATE_TIME.format(LocalDateTime.ofInstant((Instant) value, ZoneOffset.UTC)));
            case DATE_TIME -> ps.setString(index, DATE_TIME.format((LocalDateTime) value));
            case UUID -> ps.setString(index, value.toString());
            case DECIMAL -> ps.setString(index, ((BigDecimal) value).toPlainString());
            default -> super.bind(ps, index, value, type);
        }
    }

    @Override
    public Object read(ResultSet rs, int index, ColumnType type) throws SQLException {
        switch (type) {
            case INSTANT -> {
                LocalDateTime t = rs.getObject(index, LocalDateTime.class);
                return t == null ? null : t.toInstant(ZoneOffset.UTC);
            }
            case UUID -> {
                String s = rs.getString(index);
                return s == null ? null : UUID.fromString(s);
            }
            case DECIMAL -> {
                String s = rs.getString(index);
                return s == null ? null : new BigDecimal(s);
            }
            default -> {
                return super.read(rs, index, type);
            }
        }
    }

    @Override
    public int sqlType(ColumnType type) {
        return switch (type) {
            case UUID, DECIMAL, INSTANT, DATE_TIME -> Types.VARCHAR;
            default -> super.sqlType(type);
        };
    }

    /** GTID positions: MariaDB's gtid_binlog_pos and MASTER_GTID_WAIT, MySQL 8's gtid_executed. */
    @Override
    public SqlReplication replication() {
        return new MysqlReplication(mariadb);
    }

    /**
     * MySQL restates the whole column to change its nullability: it is restated exactly as the catalogue has it
     * (type, character set, collation, default), never as the model declares it, so a type change the model makes
     * stays a note instead of converting (and rounding) the stored values. Without the live definition: null.
     */
    @Override
    public String setNullableSql(TableSpec table, ColumnSpec column, LiveColumn live, boolean nullable) {
        if (live == null || live.definition() == null) {
            return null;
        }
        return "ALTER TABLE " + quote(table.name()) + " MODIFY COLUMN " + quote(column.name()) + " " + live.definition()
                + (nullable ? " NULL" : " NOT NULL");
    }

    /** COLUMN_TYPE with its character set and collation, and a numeric default (the only kind ar4j declares). */
    @Override
    public Map<String, String> liveColumnDefinitions(Connection c, String table) throws SQLException {
        Map<String, String> out = new java.util.HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT COLUMN_NAME, COLUMN_TYPE, CHARACTER_SET_NAME,"
                + " COLLATION_NAME, COLUMN_DEFAULT FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE()"
                + " AND TABLE_NAME = ?")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    StringBuilder d = new StringBuilder(rs.getString("COLUMN_TYPE"));
                    String charset = rs.getString("CHARACTER_SET_NAME");
                    String collation = rs.getString("COLLATION_NAME");
                    if (charset != null && SAFE_NAME.matcher(charset).matches()) {
                        d.append(" CHARACTER SET ").append(charset);
                    }
                    if (collation != null && SAFE_NAME.matcher(collation).matches()) {
                        d.append(" COLLATE ").append(collation);
                    }
                    String dflt = rs.getString("COLUMN_DEFAULT");
                    if (dflt != null && NUMERIC_DEFAULT.matcher(dflt).matches()) {
                        d.append(" DEFAULT ").append(dflt);
                    }
                    out.put(rs.getString("COLUMN_NAME").toLowerCase(java.util.Locale.ROOT), d.toString());
                }
            }
        }
        return out;
    }

    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9_]+");
    private static final Pattern NUMERIC_DEFAULT = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    /** Connector/J reports BOOLEAN as BIT or TINYINT, INTEGER as INT. */
    @Override
    public String typeSynonym(String upperCaseName) {
        return switch (upperCaseName) {
            case "BIT", "TINYINT", "BOOL" -> "BOOLEAN";
            case "INTEGER" -> "INT";
            default -> upperCaseName;
        };
    }
}
