package org.ar4j.dialect.mysql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import com.mysql.cj.jdbc.JdbcConnection;
import org.ar4j.spi.BackendConfig;
import org.ar4j.sql.SqlConnectionSetup;

/** How ar4j reaches MySQL and MariaDB through Connector/J: its URL, its properties, client-side statements. */
final class MysqlConnections extends SqlConnectionSetup {

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
    public PreparedStatement prepareReturningKey(Connection c, String sql, String keyColumn) throws SQLException {
        return prepareOnClient(c, sql, Statement.RETURN_GENERATED_KEYS);
    }

    /** Connector/J's client-side statement; the driver's own choice where the connection is not Connector/J's. */
    private static PreparedStatement prepareOnClient(Connection c, String sql, int keys) throws SQLException {
        return c.isWrapperFor(JdbcConnection.class) ? c.unwrap(JdbcConnection.class).clientPrepareStatement(sql, keys)
                : c.prepareStatement(sql, keys);
    }
}
