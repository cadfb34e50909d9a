package org.ar4j.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ar4j.spi.BackendConfig;

/**
 * How a dialect reaches its database: the URL and driver properties handed to the pool, the pool's default size,
 * per-connection set-up, and how statements are prepared. This class is plain JDBC; a dialect overrides what differs
 * and hands it over in its {@link DialectParts}. Instances must be thread-safe.
 */
public class SqlConnectionSetup {
    /** Plain JDBC. */
    public static final SqlConnectionSetup STANDARD = new SqlConnectionSetup();

    private static final Pattern LOCATION = Pattern.compile("//([^/?;]+)/([^?;]*)");

    /** The backend properties this dialect reads beyond the SQL backend's own (user, password, pool.*); none. */
    public Set<String> propertyKeys() {
        return Set.of();
    }

    /** The JDBC URL handed to the pool; by default the URL as given. */
    public String jdbcUrl(String url) {
        return url;
    }

    /** Driver properties for every pooled connection; by default none beyond user and password. */
    public Map<String, String> driverProperties(BackendConfig config) {
        return Map.of();
    }

    /** The pool size when {@code pool.maxSize} is not set; 10 by default. */
    public int defaultPoolSize(String url) {
        return 10;
    }

    /** A connection kept open for the backend's life, for databases that vanish without one; none by default. */
    public Connection keepAlive(String url, Properties properties) throws SQLException {
        return null;
    }

    /**
     * A connection of its own for a stream opened outside a transaction, or null (the default) to take one from the
     * pool. A database whose pool must stay at one connection (in-memory SQLite) opens one here.
     */
    public Connection openStreamConnection(String jdbcUrl, Properties properties) throws SQLException {
        return null;
    }

    /** Called on every new physical connection before its first use (functions, collations, session settings). */
    public void configure(Connection connection) throws SQLException {
    }

    /** Prepares every statement but a stream's (reads, writes, batches, aggregates); the driver's own by default. */
    public PreparedStatement prepare(Connection c, String sql) throws SQLException {
        return c.prepareStatement(sql);
    }

    /**
     * Prepares an INSERT that returns the generated key, by default naming the key column (so that the driver returns
     * that column only, whatever the table's name needs in quoting).
     */
    public PreparedStatement prepareReturningKey(Connection c, String sql, String keyColumn) throws SQLException {
        return c.prepareStatement(sql, new String[] {keyColumn});
    }

    /** Where a URL points, for error messages: "host H, database D" from a {@code jdbc:x://host:port/db} URL. */
    public String describeLocation(String url) {
        Matcher m = LOCATION.matcher(url);
        if (m.find()) {
            String hostPart = m.group(1);
            int at = hostPart.lastIndexOf('@');
            return "host " + (at >= 0 ? hostPart.substring(at + 1) : hostPart) + ", database "
                    + (m.group(2).isEmpty() ? "(default)" : m.group(2));
        }
        return url;
    }
}
