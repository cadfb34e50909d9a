package org.ar4j.core.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Callable;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import org.ar4j.BackendException;
import org.ar4j.ConfigurationException;
import org.ar4j.QueryEvent;
import org.ar4j.spi.Backend;
import org.ar4j.spi.BackendConfig;
import org.ar4j.spi.Capability;
import org.ar4j.spi.ColumnSpec;
import org.ar4j.spi.ColumnType;
import org.ar4j.spi.DeleteRows;
import org.ar4j.spi.IndexSpec;
import org.ar4j.spi.InsertRows;
import org.ar4j.spi.RowCursor;
import org.ar4j.spi.Select;
import org.ar4j.spi.TableSpec;
import org.ar4j.spi.UpdateRows;

/**
 * The {@link Backend} every SQL dialect shares: renders the portable operations with its
 * {@link SqlDialect}, binds every value, pools connections with HikariCP, keeps a thread's
 * transaction (and open cursors) on one connection, and reports each statement. Thread-safe.
 *
 * <p>Properties read from {@link BackendConfig}: {@code user}, {@code password},
 * {@code pool.maxSize}, {@code pool.connectionTimeoutMs} (default 30000),
 * {@code pool.idleTimeoutMs}, {@code pool.maxLifetimeMs}.
 */
public final class SqlBackend implements Backend {
    private final SqlDialect dialect;
    private final SqlRenderer renderer;
    private final BackendConfig config;
    private final HikariDataSource pool;
    private final Connection keepAlive;
    private final Set<Capability> capabilities;
    private final int maxParameters;
    private final ThreadLocal<Held> held = new ThreadLocal<>();

    /** A pooled connection bound to a thread while a transaction or a cursor uses it. */
    private static final class Held {
        final Connection connection;
        int users;
        int depth;
        boolean released;

        Held(Connection connection) {
            this.connection = connection;
        }
    }

    private SqlBackend(SqlDialect dialect, BackendConfig config) {
        this.dialect = dialect;
        this.renderer = new SqlRenderer(dialect);
        this.config = config;
        String jdbcUrl = dialect.jdbcUrl(config.url());
        Properties props = new Properties();
        dialect.driverProperties(config).forEach(props::setProperty);
        String user = config.properties().get("user");
        String password = config.properties().get("password");
        if (user != null) {
            props.setProperty("user", user);
        }
        if (password != null) {
            props.setProperty("password", password);
        }
        Connection keeper;
        try {
            keeper = dialect.keepAlive(jdbcUrl, props);
        } catch (SQLException e) {
            throw connectFailure(e);
        }
        this.keepAlive = keeper;
        HikariConfig hc = new HikariConfig();
        hc.setJdbcUrl(jdbcUrl);
        hc.setDataSourceProperties(props);
        if (user != null) {
            hc.setUsername(user);
        }
        if (password != null) {
            hc.setPassword(password);
        }
        hc.setPoolName("ar4j-" + dialect.name());
        hc.setMaximumPoolSize(Integer.parseInt(config.property("pool.maxSize", String.valueOf(dialect.defaultPoolSize(jdbcUrl)))));
        hc.setMinimumIdle(Math.min(hc.getMaximumPoolSize(), Integer.parseInt(config.property("pool.minIdle", "1"))));
        hc.setConnectionTimeout(Long.parseLong(config.property("pool.connectionTimeoutMs", "30000")));
        hc.setIdleTimeout(Long.parseLong(config.property("pool.idleTimeoutMs", "600000")));
        hc.setMaxLifetime(Long.parseLong(config.property("pool.maxLifetimeMs", "1800000")));
        hc.setInitializationFailTimeout(1);
        HikariDataSource ds;
        try {
            ds = new HikariDataSource(hc);
        } catch (RuntimeException e) {
            closeQuietly(keeper);
            Throwable cause = e.getCause() instanceof SQLException ? e.getCause() : e;
            throw new ConfigurationException("Cannot connect to " + describeTarget() + ": " + cause.getMessage(), cause);
        }
        this.pool = ds;
        try (Connection c = pool.getConnection()) {
            dialect.initialize(c);
            this.capabilities = Collections.unmodifiableSet(EnumSet.copyOf(dialect.capabilities(c.getMetaData())));
            this.maxParameters = dialect.maxBindParameters(c);
        } catch (SQLException e) {
            pool.close();
            closeQuietly(keeper);
            throw connectFailure(e);
        }
    }

    /** Opens a backend for a dialect; called by the dialect's provider. */
    public static SqlBackend open(SqlDialect dialect, BackendConfig config) {
        return new SqlBackend(dialect, config);
    }

    /** The dialect this backend renders with. */
    public SqlDialect dialect() {
        return dialect;
    }

    private ConfigurationException connectFailure(SQLException e) {
        return new ConfigurationException("Cannot connect to " + describeTarget() + ": " + e.getMessage(), e);
    }

    private String describeTarget() {
        return "the " + dialect.name() + " database (" + dialect.describeLocation(redact(config.url())) + ") at "
                + redact(config.url());
    }

    static String redact(String url) {
        return url.replaceAll("(//[^/:@]*:)([^@/]*)(@)", "$1****$3").replaceAll("(?i)(password=)([^&;]*)", "$1****");
    }

    private static void closeQuietly(AutoCloseable c) {
        if (c != null) {
            try {
                c.close();
            } catch (Exception ignored) {
                // closing after a failure; the failure is what matters
            }
        }
    }

    // ---- connections ----------------------------------------------------------------------

    private Held acquire() {
        Held h = held.get();
        if (h != null && !h.released) {
            h.users++;
            return h;
        }
        try {
            h = new Held(pool.getConnection());
        } catch (SQLException e) {
            throw new BackendException("Cannot get a connection from the " + dialect.name() + " pool (max size "
                    + pool.getMaximumPoolSize() + ", waited " + pool.getConnectionTimeout() + " ms): " + e.getMessage(), e);
        }
        h.users = 1;
        held.set(h);
        return h;
    }

    private void release(Held h) {
        if (--h.users == 0) {
            h.released = true;
            if (held.get() == h) {
                held.remove();
            }
            try {
                h.connection.close();
            } catch (SQLException e) {
                throw new BackendException("Closing a " + dialect.name() + " connection failed: " + e.getMessage(), e);
            }
        }
    }

    private void bindAll(PreparedStatement ps, List<SqlRenderer.Bind> binds) throws SQLException {
        for (int i = 0; i < binds.size(); i++) {
            SqlRenderer.Bind b = binds.get(i);
            if (b.array()) {
                dialect.bindArray(ps, i + 1, (List<?>) b.value(), b.type());
            } else if (b.type() == null) {
                ps.setObject(i + 1, b.value());
            } else {
                dialect.bind(ps, i + 1, b.value(), b.type());
            }
        }
    }

    private int parameterCount(List<SqlRenderer.Bind> binds) {
        int n = 0;
        for (SqlRenderer.Bind b : binds) {
            n += b.array() ? ((List<?>) b.value()).size() : 1;
        }
        return n;
    }

    private void report(String op, String sql, int params, long start, long rows, Throwable failure) {
        config.listener().onQuery(new QueryEvent(dialect.name(), op, sql, params,
                Duration.ofNanos(System.nanoTime() - start), rows, failure));
    }

    private BackendException failure(String op, String sql, SQLException e) {
        return new BackendException(op + " failed on " + dialect.name() + ": " + e.getMessage() + " [SQL: " + sql + "]", e);
    }

    // ---- Backend --------------------------------------------------------------------------

    @Override
    public String name() {
        return dialect.name();
    }

    @Override
    public Set<Capability> capabilities() {
        return capabilities;
    }

    @Override
    public int maxKeysPerQuery(int otherParameters) {
        if (dialect.bindsKeyListsAsArray()) {
            return Integer.MAX_VALUE;
        }
        return maxParameters - otherParameters;
    }

    /** The bind-parameter limit read from the driver when the backend opened. */
    public int maxBindParameters() {
        return maxParameters;
    }

    @Override
    public RowCursor find(Select select) {
        return open(select, false);
    }

    @Override
    public RowCursor stream(Select select) {
        return open(select, true);
    }

    private RowCursor open(Select select, boolean streaming) {
        SqlRenderer.Sql sql = renderer.select(select);
        ColumnType[] types = new ColumnType[select.columns().size()];
        for (int i = 0; i < types.length; i++) {
            types[i] = select.table().typeOf(select.columns().get(i));
        }
        long start = System.nanoTime();
        int params = parameterCount(sql.binds());
        Held h = acquire();
        PreparedStatement ps = null;
        boolean ownTransaction = false;
        try {
            if (streaming && dialect.streamingNeedsTransaction() && h.depth == 0 && h.connection.getAutoCommit()) {
                h.connection.setAutoCommit(false);
                h.depth = 1;
                ownTransaction = true;
            }
            ps = h.connection.prepareStatement(sql.text(), ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
            if (streaming && dialect.streamingFetchSize() != 0) {
                ps.setFetchSize(dialect.streamingFetchSize());
            }
            bindAll(ps, sql.binds());
            ResultSet rs = ps.executeQuery();
            return new Cursor(h, ps, rs, types, sql.text(), params, start, ownTransaction);
        } catch (SQLException e) {
            closeQuietly(ps);
            endOwnTransaction(h, ownTransaction);
            release(h);
            report("SELECT", sql.text(), params, start, 0, e);
            throw failure("SELECT", sql.text(), e);
        } catch (RuntimeException e) {
            closeQuietly(ps);
            endOwnTransaction(h, ownTransaction);
            release(h);
            throw e;
        }
    }

    /** Ends the read-only transaction a streamed cursor opened for itself. */
    private void endOwnTransaction(Held h, boolean own) {
        if (!own) {
            return;
        }
        try {
            h.connection.commit();
            h.connection.setAutoCommit(true);
        } catch (SQLException e) {
            // the connection is broken; the pool discards it
        } finally {
            h.depth = 0;
        }
    }

    private final class Cursor implements RowCursor {
        private final Held held;
        private final PreparedStatement ps;
        private final ResultSet rs;
        private final ColumnType[] types;
        private final String sql;
        private final int params;
        private final long start;
        private final boolean ownTransaction;
        private long rows;
        private boolean closed;

        Cursor(Held held, PreparedStatement ps, ResultSet rs, ColumnType[] types, String sql, int params, long start,
               boolean ownTransaction) {
            this.ownTransaction = ownTransaction;
            this.held = held;
            this.ps = ps;
            this.rs = rs;
            this.types = types;
            this.sql = sql;
            this.params = params;
            this.start = start;
        }

        @Override
        public boolean next() {
            try {
                boolean more = rs.next();
                if (more) {
                    rows++;
                }
                return more;
            } catch (SQLException e) {
                close();
                throw failure("SELECT", sql, e);
            }
        }

        @Override
        public Object get(int index) {
            try {
                return dialect.read(rs, index + 1, types[index]);
            } catch (SQLException e) {
                throw failure("SELECT", sql, e);
            }
        }

        @Override
        public void close() {
            if (closed) {
                return;
            }
            closed = true;
            closeQuietly(rs);
            closeQuietly(ps);
            endOwnTransaction(held, ownTransaction);
            release(held);
            report("SELECT", sql, params, start, rows, null);
        }
    }

    @Override
    public long count(Select select) {
        SqlRenderer.Sql sql = renderer.count(select);
        long start = System.nanoTime();
        int params = parameterCount(sql.binds());
        Held h = acquire();
        try (PreparedStatement ps = h.connection.prepareStatement(sql.text())) {
            bindAll(ps, sql.binds());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                long n = rs.getLong(1);
                report("COUNT", sql.text(), params, start, 1, null);
                return n;
            }
        } catch (SQLException e) {
            report("COUNT", sql.text(), params, start, 0, e);
            throw failure("COUNT", sql.text(), e);
        } finally {
            release(h);
        }
    }

    @Override
    public List<Object> insert(InsertRows insert) {
        TableSpec t = insert.table();
        ColumnSpec pk = t.primaryKey();
        boolean generate = !insert.columns().contains(pk.name());
        String sql = renderer.insert(t, insert.columns());
        ColumnType[] types = new ColumnType[insert.columns().size()];
        int pkIndex = -1;
        for (int i = 0; i < types.length; i++) {
            types[i] = t.typeOf(insert.columns().get(i));
            if (insert.columns().get(i).equals(pk.name())) {
                pkIndex = i;
            }
        }
        long start = System.nanoTime();
        int params = types.length * insert.rows().size();
        List<Object> ids = new ArrayList<>(insert.rows().size());
        Held h = acquire();
        try {
            if (!generate) {
                try (PreparedStatement ps = h.connection.prepareStatement(sql)) {
                    runBatches(ps, insert.rows(), types, null, null);
                }
                for (Object[] row : insert.rows()) {
                    ids.add(row[pkIndex]);
                }
            } else if (insert.rows().size() > 1 && dialect.batchKeysAreConsecutive() && h.depth > 0) {
                // Under the transaction's write lock the batch's keys are consecutive: one batch,
                // then one query for the last key, instead of a round trip per row.
                try (PreparedStatement ps = h.connection.prepareStatement(sql)) {
                    runBatches(ps, insert.rows(), types, null, null);
                }
                long last;
                try (Statement st = h.connection.createStatement();
                     ResultSet rs = st.executeQuery(dialect.lastGeneratedKeySql())) {
                    rs.next();
                    last = rs.getLong(1);
                }
                long first = last - insert.rows().size() + 1;
                for (int i = 0; i < insert.rows().size(); i++) {
                    ids.add(pk.type() == ColumnType.INTEGER ? Integer.valueOf((int) (first + i)) : Long.valueOf(first + i));
                }
            } else if (insert.rows().size() == 1 || !dialect.batchReturnsGeneratedKeys()) {
                try (PreparedStatement ps = dialect.prepareInsertReturningKey(h.connection, sql, pk.name())) {
                    for (Object[] row : insert.rows()) {
                        bindRow(ps, row, types);
                        ps.executeUpdate();
                        readKeys(ps, ids, pk.type(), 1);
                    }
                }
            } else {
                try (PreparedStatement ps = dialect.prepareInsertReturningKey(h.connection, sql, pk.name())) {
                    runBatches(ps, insert.rows(), types, ids, pk.type());
                }
            }
            report("INSERT", sql, params, start, insert.rows().size(), null);
            return ids;
        } catch (SQLException e) {
            report("INSERT", sql, params, start, 0, e);
            throw failure("INSERT", sql, e);
        } finally {
            release(h);
        }
    }

    private static final int BATCH = 1000;

    private void runBatches(PreparedStatement ps, List<Object[]> rows, ColumnType[] types, List<Object> ids,
                            ColumnType keyType) throws SQLException {
        int pending = 0;
        for (Object[] row : rows) {
            bindRow(ps, row, types);
            ps.addBatch();
            if (++pending == BATCH) {
                ps.executeBatch();
                if (ids != null) {
                    readKeys(ps, ids, keyType, pending);
                }
                pending = 0;
            }
        }
        if (pending > 0) {
            ps.executeBatch();
            if (ids != null) {
                readKeys(ps, ids, keyType, pending);
            }
        }
    }

    private void bindRow(PreparedStatement ps, Object[] row, ColumnType[] types) throws SQLException {
        for (int i = 0; i < types.length; i++) {
            dialect.bind(ps, i + 1, row[i], types[i]);
        }
    }

    private void readKeys(Statement ps, List<Object> ids, ColumnType keyType, int expected) throws SQLException {
        int got = 0;
        try (ResultSet keys = ps.getGeneratedKeys()) {
            while (keys.next()) {
                long k = keys.getLong(1);
                ids.add(keyType == ColumnType.INTEGER ? Integer.valueOf((int) k) : Long.valueOf(k));
                got++;
            }
        }
        if (got != expected) {
            throw new SQLException("the driver returned " + got + " generated keys for " + expected + " rows");
        }
    }

    @Override
    public long update(UpdateRows update) {
        SqlRenderer.Sql sql = renderer.update(update.table(), update.values(), update.where());
        return executeUpdate("UPDATE", sql);
    }

    @Override
    public long delete(DeleteRows delete) {
        SqlRenderer.Sql sql = renderer.delete(delete.table(), delete.where());
        return executeUpdate("DELETE", sql);
    }

    private long executeUpdate(String op, SqlRenderer.Sql sql) {
        long start = System.nanoTime();
        int params = parameterCount(sql.binds());
        Held h = acquire();
        try (PreparedStatement ps = h.connection.prepareStatement(sql.text())) {
            bindAll(ps, sql.binds());
            long n = ps.executeLargeUpdate();
            report(op, sql.text(), params, start, n, null);
            return n;
        } catch (SQLException e) {
            report(op, sql.text(), params, start, 0, e);
            throw failure(op, sql.text(), e);
        } finally {
            release(h);
        }
    }

    @Override
    public void createTable(TableSpec table, boolean ifMissing) {
        Held h = acquire();
        try {
            if (ifMissing && dialect.tableExists(h.connection, table.name())) {
                return;
            }
            StringBuilder sb = new StringBuilder("CREATE TABLE ").append(renderer.q(table.name())).append(" (");
            boolean first = true;
            for (ColumnSpec c : table.columns()) {
                sb.append(first ? "" : ", ").append(renderer.q(c.name())).append(' ');
                first = false;
                if (c.primaryKey() && c.generated()) {
                    sb.append(dialect.generatedKeyDefinition(c));
                } else {
                    sb.append(dialect.columnType(table, c));
                    if (c.primaryKey()) {
                        sb.append(" NOT NULL PRIMARY KEY");
                    } else if (!c.nullable()) {
                        sb.append(" NOT NULL");
                    }
                }
            }
            sb.append(')');
            String options = dialect.createTableOptions();
            if (!options.isEmpty()) {
                sb.append(' ').append(options);
            }
            ddl(h, sb.toString());
            for (IndexSpec ix : table.indexes()) {
                StringBuilder is = new StringBuilder(ix.unique() ? "CREATE UNIQUE INDEX " : "CREATE INDEX ")
                        .append(renderer.q(ix.name())).append(" ON ").append(renderer.q(table.name())).append(" (");
                for (int i = 0; i < ix.columns().size(); i++) {
                    is.append(i == 0 ? "" : ", ").append(renderer.q(ix.columns().get(i)));
                }
                ddl(h, is.append(')').toString());
            }
        } catch (SQLException e) {
            throw new BackendException("Creating table " + table.name() + " failed on " + dialect.name() + ": "
                    + e.getMessage(), e);
        } finally {
            release(h);
        }
    }

    @Override
    public void dropTable(TableSpec table, boolean ifExists) {
        Held h = acquire();
        try {
            if (ifExists && !dialect.tableExists(h.connection, table.name())) {
                return;
            }
            ddl(h, "DROP TABLE " + renderer.q(table.name()));
        } catch (SQLException e) {
            throw new BackendException("Dropping table " + table.name() + " failed on " + dialect.name() + ": "
                    + e.getMessage(), e);
        } finally {
            release(h);
        }
    }

    private void ddl(Held h, String sql) throws SQLException {
        long start = System.nanoTime();
        try (Statement st = h.connection.createStatement()) {
            st.execute(sql);
            report("DDL", sql, 0, start, 0, null);
        } catch (SQLException e) {
            report("DDL", sql, 0, start, 0, e);
            throw e;
        }
    }

    @Override
    public <R> R transaction(Callable<R> work) throws Exception {
        Held h = acquire();
        try {
            Connection c = h.connection;
            if (h.depth == 0) {
                try {
                    c.setAutoCommit(false);
                } catch (SQLException e) {
                    throw new BackendException("Starting a transaction failed on " + dialect.name() + ": " + e.getMessage(), e);
                }
                h.depth = 1;
                try {
                    R result = work.call();
                    try {
                        c.commit();
                    } catch (SQLException e) {
                        throw new BackendException("Commit failed on " + dialect.name() + "; the transaction was not"
                                + " committed: " + e.getMessage(), e);
                    }
                    return result;
                } catch (Throwable t) {
                    rollbackQuietly(c, t);
                    throw t;
                } finally {
                    h.depth = 0;
                    try {
                        c.setAutoCommit(true);
                    } catch (SQLException e) {
                        // the connection is broken; the pool will discard it
                    }
                }
            }
            Savepoint sp;
            try {
                sp = c.setSavepoint();
            } catch (SQLException e) {
                throw new BackendException("Creating a savepoint failed on " + dialect.name() + ": " + e.getMessage(), e);
            }
            h.depth++;
            try {
                R result = work.call();
                c.releaseSavepoint(sp);
                return result;
            } catch (Throwable t) {
                try {
                    c.rollback(sp);
                } catch (SQLException e) {
                    t.addSuppressed(e);
                }
                throw t;
            } finally {
                h.depth--;
            }
        } finally {
            release(h);
        }
    }

    private static void rollbackQuietly(Connection c, Throwable cause) {
        try {
            c.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    @Override
    public boolean inTransaction() {
        Held h = held.get();
        return h != null && !h.released && h.depth > 0;
    }

    @Override
    public void close() {
        pool.close();
        closeQuietly(keepAlive);
    }

    @Override
    public String toString() {
        return "SqlBackend[" + dialect.name() + "]";
    }
}
