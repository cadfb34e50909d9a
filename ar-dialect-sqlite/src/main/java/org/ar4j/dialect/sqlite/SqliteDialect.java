package org.ar4j.dialect.sqlite;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.WeakHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.EnumSet;

import org.sqlite.Collation;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteLimits;

import java.sql.Types;
import org.ar4j.spi.BackendConfig;
import org.ar4j.spi.ColumnSpec;
import org.ar4j.spi.ColumnType;
import org.ar4j.spi.LiveColumn;
import org.ar4j.spi.TableSpec;
import org.ar4j.sql.DialectFeatures;
import org.ar4j.sql.SqlDialect;
import org.ar4j.Capability;
import org.ar4j.spi.Locking;

/**
 * SQLite 3.35+ (sqlite-jdbc bundles 3.54). SQLite has few storage classes, so some types are
 * encoded: Instant as INTEGER microseconds since the epoch (exact order and comparison),
 * LocalDate and LocalDateTime as fixed-width ISO-8601 TEXT (sorts correctly for years 0-9999),
 * UUID as its 36-character TEXT form, BigDecimal as TEXT (exact round trip, scale kept) compared and
 * sorted by value through the {@value #DECIMAL_COLLATION} collation, which ar4j registers on each of its
 * connections (the file stays readable by any SQLite tool; only ar4j's comparisons use the collation).
 */
public final class SqliteDialect extends SqlDialect {
    private static final DialectFeatures FEATURES = DialectFeatures.STANDARD
            // no row locks, but BEGIN IMMEDIATE takes the one write lock: a locking read inside a transaction
            // already excludes every other writer until it ends (no SKIP LOCKED or NOWAIT to offer)
            .withCapabilities(EnumSet.of(Capability.TRANSACTIONS, Capability.SAVEPOINTS, Capability.RAW_SQL,
                    Capability.WINDOW_FUNCTIONS, Capability.FOREIGN_KEYS, Capability.LOCKING_READS))
            // rowids of a batch inserted under the write lock are consecutive; sqlite-jdbc's getGeneratedKeys
            // after a batch reports only the last row's key
            .withBatchKeys(true, false)
            // 51 % of one-by-one reads was sqlite3_prepare: keep read statements prepared per pooled connection
            .withCachedStatementsPerConnection(64)
            // a cursor sees rows its connection writes after it opened: streams buffer inside a transaction
            .withStreaming(0, false, true)
            // a constraint cannot be added to an existing table
            .withForeignKeys(false, true);

    @Override
    public DialectFeatures features() {
        return FEATURES;
    }

    private static final AtomicLong MEMORY_DBS = new AtomicLong();
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS");

    @Override
    public String name() {
        return "sqlite";
    }

    private static boolean isMemory(String url) {
        return url.equals("jdbc:sqlite:") || url.equals("jdbc:sqlite::memory:") || url.contains("mode=memory");
    }

    /**
     * {@code jdbc:sqlite::memory:} is one database per connection; a pool needs a named
     * shared-cache in-memory database instead, kept alive by {@link #keepAlive}.
     */
    @Override
    public String jdbcUrl(String url) {
        if (url.equals("jdbc:sqlite:") || url.equals("jdbc:sqlite::memory:")) {
            return "jdbc:sqlite:file:ar4j-memory-" + MEMORY_DBS.incrementAndGet() + "?mode=memory&cache=shared";
        }
        return url;
    }

    @Override
    public Connection keepAlive(String url, Properties properties) throws SQLException {
        return isMemory(url) ? DriverManager.getConnection(url, properties) : null;
    }

    /** An in-memory database shares table locks across connections, so it gets one connection. */
    @Override
    public int defaultPoolSize(String url) {
        return isMemory(url) ? 1 : 4;
    }

    /** How long a statement waits for SQLite's write lock before failing with SQLITE_BUSY (default 10000). */
    @Override
    public Set<String> propertyKeys() {
        return Set.of("sqlite.busyTimeoutMs");
    }

    @Override
    public Map<String, String> driverProperties(BackendConfig config) {
        // LIKE is case-sensitive on every ar4j backend; SQLite's default is case-insensitive for ASCII.
        // Foreign keys are enforced, as on every other SQL backend (SQLite's default is to ignore them).
        return Map.of("case_sensitive_like", "true", "busy_timeout", config.property("sqlite.busyTimeoutMs", "10000"),
                "journal_mode", isMemory(config.url()) ? "MEMORY" : "WAL", "foreign_keys", "true");
    }

    /** Takes the write lock at once, so read-then-write transactions queue on the busy timeout. */
    /** No clause: the transaction's write lock (BEGIN IMMEDIATE) already serialises writers. */
    @Override
    public String lockingClause(Locking locking) {
        return "";
    }

    @Override
    public String beginTransactionSql() {
        return "BEGIN IMMEDIATE";
    }

    /**
     * The in-memory database keeps one pooled connection (shared-cache connections lock whole tables),
     * so a stream reads through a connection of its own in read-uncommitted mode, which takes no table
     * locks: the pool's connection can write, and lazily load, while the stream is open.
     */
    @Override
    public Connection openStreamConnection(String jdbcUrl, Properties properties) throws SQLException {
        if (!isMemory(jdbcUrl)) {
            return null;
        }
        Properties own = new Properties();
        own.putAll(properties);
        own.setProperty("read_uncommitted", "true");
        return DriverManager.getConnection(jdbcUrl, own);
    }

    /** SQLITE_LIMIT_VARIABLE_NUMBER as compiled into the driver's SQLite (32766 since 3.32). */
    @Override
    public int maxBindParameters(Connection connection) throws SQLException {
        return connection.unwrap(SQLiteConnection.class).getDatabase()
                .limit(SQLiteLimits.SQLITE_LIMIT_VARIABLE_NUMBER.getId(), -1);
    }

    @Override
    public String columnType(ColumnSpec column) {
        return switch (column.type()) {
            case STRING, DECIMAL, DATE, DATE_TIME, UUID -> "TEXT";
            case BOOLEAN, INTEGER, LONG, INSTANT -> "INTEGER";
            case DOUBLE -> "REAL";
            case BYTES -> "BLOB";
        };
    }

    /** AUTOINCREMENT keeps SQLite from reusing the ids of deleted rows. */
    @Override
    public String generatedKeyDefinition(ColumnSpec column) {
        return "INTEGER PRIMARY KEY AUTOINCREMENT";
    }

    /** SQLite requires a LIMIT before OFFSET; -1 means no limit. */
    @Override
    public String limitClause(boolean hasLimit, boolean hasOffset) {
        if (hasOffset && !hasLimit) {
            return "LIMIT -1 OFFSET ?";
        }
        return super.limitClause(hasLimit, hasOffset);
    }

    /** Compares BigDecimal text by value, as PostgreSQL's numeric does (1.10 = 1.1 < 2E+1). */
    static final String DECIMAL_COLLATION = "AR4J_DECIMAL";
    private static final String DECIMAL_SUM = "ar4j_decimal_sum";

    /** Physical connections the collation is registered on (an application's pool hands them out again). */
    private final Map<SQLiteConnection, Boolean> configured = Collections.synchronizedMap(new WeakHashMap<>());

    @Override
    public void configureConnection(Connection connection) throws SQLException {
        SQLiteConnection physical = connection.unwrap(SQLiteConnection.class);
        if (configured.put(physical, Boolean.TRUE) != null) {
            return;
        }
        try (var st = connection.createStatement()) {
            // an application's DataSource opens plain connections: ar4j's LIKE is case-sensitive on every backend
            st.execute("PRAGMA case_sensitive_like = ON");
            if (connection.getAutoCommit()) {
                st.execute("PRAGMA foreign_keys = ON");   // enforce them there too
            }
            try (var rs = st.executeQuery("PRAGMA busy_timeout")) {
                if (rs.next() && rs.getInt(1) == 0) {
                    st.execute("PRAGMA busy_timeout = 10000");   // writers queue for the lock, as on ar4j's own pool
                }
            }
        }
        org.sqlite.Function.create(physical, DECIMAL_SUM, new DecimalSum());
        Collation.create(physical, DECIMAL_COLLATION, new Collation() {
            @Override
            protected int xCompare(String a, String b) {
                return new BigDecimal(a).compareTo(new BigDecimal(b));
            }
        });
    }

    /** Decimals are text here: their sum is computed exactly by {@link DecimalSum}, never through a double. */
    @Override
    public String aggregate(String function, String column, ColumnType type) {
        return type == ColumnType.DECIMAL && function.equals("SUM") ? DECIMAL_SUM + "(" + column + ")"
                : super.aggregate(function, column, type);
    }

    /** SUM over decimal text, exact: BigDecimal addition, null when no value (SQLite clones it per group). */
    private static final class DecimalSum extends org.sqlite.Function.Aggregate {
        private BigDecimal sum;

        @Override
        protected void xStep() throws SQLException {
            String v = value_text(0);
            if (v != null) {
                sum = sum == null ? new BigDecimal(v) : sum.add(new BigDecimal(v));
            }
        }

        @Override
        protected void xFinal() throws SQLException {
            if (sum == null) {
                result();
            } else {
                result(sum.toPlainString());
            }
        }
    }

    @Override
    public String comparable(String column, ColumnType type) {
        return type == ColumnType.DECIMAL ? column + " COLLATE " + DECIMAL_COLLATION : column;
    }


    @Override
    public String lastGeneratedKeySql() {
        return "SELECT last_insert_rowid()";
    }

    @Override
    public void bind(PreparedStatement ps, int index, Object value, ColumnType type) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.NULL);
            return;
        }
        switch (type) {
            case INSTANT -> {
                Instant i = (Instant) value;
                ps.setLong(index, Math.addExact(Math.multiplyExact(i.getEpochSecond(), 1_000_000L), i.getNano() / 1_000));
            }
            case DATE -> ps.setString(index, value.toString());
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
                long micros = rs.getLong(index);
                if (micros == 0L) {
                    if (rs.wasNull()) {
                        return null;
                    }
                    numeric(rs, index, type);
                }
                return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L),
                        TimeUnit.MICROSECONDS.toNanos(Math.floorMod(micros, 1_000_000L)));
            }
            case DATE, DATE_TIME, UUID, DECIMAL -> {
                String s = rs.getString(index);
                if (s == null) {
                    return null;
                }
                try {
                    return switch (type) {
                        case DATE -> LocalDate.parse(s);
                        case DATE_TIME -> LocalDateTime.parse(s);
                        case UUID -> UUID.fromString(s);
                        default -> new BigDecimal(s);
                    };
                } catch (RuntimeException e) {
                    throw notA(type, s, e);
                }
            }
            case INTEGER, LONG, DOUBLE, BOOLEAN -> {
                Object v = super.read(rs, index, type);
                if (v != null && (v.equals(0) || v.equals(0L) || v.equals(0.0d) || Boolean.FALSE.equals(v))) {
                    numeric(rs, index, type);
                }
                return v;
            }
            default -> {
                return super.read(rs, index, type);
            }
        }
    }

    /**
     * Refuses a column that read as zero but holds no number: SQLite hands out 0 for text such as 'abc' in a numeric
     * read, where PostgreSQL and MariaDB refuse; so does ar4j (only zero is asked about, so reads stay one call).
     */
    private static void numeric(ResultSet rs, int index, ColumnType type) throws SQLException {
        Object stored = rs.getObject(index);
        if (stored instanceof String s) {
            try {
                new BigDecimal(s.trim());
            } catch (NumberFormatException e) {
                throw notA(type, s, e);
            }
        } else if (stored instanceof byte[]) {
            throw notA(type, "a blob", null);
        }
    }

    private static SQLException notA(ColumnType type, String stored, Exception cause) {
        String shown = stored.length() > 40 ? stored.substring(0, 37) + "..." : stored;
        return new java.sql.SQLDataException("the column holds '" + shown + "', which is not a "
                + type.name().toLowerCase(java.util.Locale.ROOT) + " value", "22018", cause);
    }

    /**
     * SQLITE_BUSY (5, and its extended codes such as BUSY_SNAPSHOT) after {@code sqlite.busyTimeoutMs}, and
     * SQLITE_LOCKED (6): another connection held the database's write lock past the wait. That is a lock conflict, as
     * MySQL's lock wait timeout is, so {@code Retry.onConflict} runs the transaction again.
     */
    @Override
    public boolean isLockNotAvailable(SQLException e) {
        int primary = e.getErrorCode() & 0xff;
        return primary == 5 || primary == 6 || super.isLockNotAvailable(e);
    }

    /** SQLite cannot change a column's nullability without rebuilding the table. */
    @Override
    public String setNullableSql(TableSpec table, ColumnSpec column, LiveColumn live, boolean nullable) {
        return null;
    }

}
