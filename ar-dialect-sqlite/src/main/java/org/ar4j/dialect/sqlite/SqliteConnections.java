package org.ar4j.dialect.sqlite;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Collections;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.ar4j.spi.BackendConfig;
import org.ar4j.sql.SqlConnectionSetup;
import org.sqlite.Collation;
import org.sqlite.SQLiteConnection;

/**
 * How ar4j reaches SQLite: an in-memory URL becomes a named shared-cache database kept alive by one connection, the
 * driver gets case-sensitive LIKE, foreign keys, a busy timeout and WAL, and every physical connection (an
 * application's DataSource's too) gets the decimal collation and sum.
 */
final class SqliteConnections extends SqlConnectionSetup {
    private static final AtomicLong MEMORY_DBS = new AtomicLong();

    /** Physical connections the collation is registered on (an application's pool hands them out again). */
    private final Map<SQLiteConnection, Boolean> configured = Collections.synchronizedMap(new WeakHashMap<>());

    private static boolean isMemory(String url) {
        return url.equals("jdbc:sqlite:") || url.equals("jdbc:sqlite::memory:") || url.contains("mode=memory");
    }

    /** How long a statement waits for SQLite's write lock before failing with SQLITE_BUSY (default 10000). */
    @Override
    public Set<String> propertyKeys() {
        return Set.of("sqlite.busyTimeoutMs");
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

    @Override
    public Map<String, String> driverProperties(BackendConfig config) {
        // LIKE is case-sensitive on every ar4j backend; SQLite's default is case-insensitive for ASCII.
        // Foreign keys are enforced, as on every other SQL backend (SQLite's default is to ignore them).
        return Map.of("case_sensitive_like", "true", "busy_timeout", config.property("sqlite.busyTimeoutMs", "10000"),
                "journal_mode", isMemory(config.url()) ? "MEMORY" : "WAL", "foreign_keys", "true");
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

    /** sqlite-jdbc reads the key of an insert as the last rowid when asked for generated keys. */
    @Override
    public java.sql.PreparedStatement prepareReturningKey(Connection c, String sql, String keyColumn)
            throws SQLException {
        return c.prepareStatement(sql, java.sql.Statement.RETURN_GENERATED_KEYS);
    }

    @Override
    public void configure(Connection connection) throws SQLException {
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
        org.sqlite.Function.create(physical, SqliteCodecs.DECIMAL_SUM, new SqliteCodecs.DecimalSum());
        Collation.create(physical, SqliteCodecs.DECIMAL_COLLATION, new Collation() {
            @Override
            protected int xCompare(String a, String b) {
                return new BigDecimal(a).compareTo(new BigDecimal(b));
            }
        });
    }
}
