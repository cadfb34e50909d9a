package org.ar4j.tck.scenarios;

import java.io.PrintWriter;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.ar4j.HostTransactions;

/**
 * A minimal host framework, as Spring or an application server would be: an application DataSource
 * (plain JDBC connections from the backend's URL, counted), and thread-bound transactions on it whose
 * connection the DataSource hands out while one is open. Lets the TCK check ar4j's DataSource and
 * host-transaction contract on every SQL backend without any framework.
 */
final class HostHarness implements DataSource, HostTransactions {
    private final String url;
    private final AtomicInteger open = new AtomicInteger();
    private final ThreadLocal<Tx> current = new ThreadLocal<>();

    /** The thread's host transaction: its connection, rollback-only flag and completion callbacks. */
    private static final class Tx {
        final Connection connection;
        boolean rollbackOnly;
        final List<Completion> completions = new ArrayList<>();

        Tx(Connection connection) {
            this.connection = connection;
        }
    }

    HostHarness(String url) {
        this.url = url;
    }

    /** Connections handed out and not closed yet (the host transaction's counts as one while open). */
    int openConnections() {
        return open.get();
    }

    /** Begins a host transaction on this thread. */
    void begin() throws SQLException {
        Connection c = physical();
        c.setAutoCommit(false);
        current.set(new Tx(c));
    }

    /** Ends the host transaction: commits unless rollback-only; returns whether it committed. */
    boolean commit() throws SQLException {
        Tx tx = current.get();
        return end(tx, !tx.rollbackOnly);
    }

    /** Rolls back the host transaction a failed scenario left open, if any. */
    void rollbackIfOpen() throws SQLException {
        if (current.get() != null) {
            rollback();
        }
    }

    /** Rolls the host transaction back. */
    void rollback() throws SQLException {
        end(current.get(), false);
    }

    /** Runs plain JDBC on the host transaction's connection (what JdbcTemplate would do). */
    void execute(String sql, Object... args) throws SQLException {
        try (var ps = current.get().connection.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            ps.executeUpdate();
        }
    }

    private boolean end(Tx tx, boolean commit) throws SQLException {
        current.remove();
        try (Connection c = tx.connection) {
            if (commit) {
                c.commit();
            } else {
                c.rollback();
            }
            c.setAutoCommit(true);
        } finally {
            open.decrementAndGet();
            tx.completions.forEach(done -> done.ended(commit));
        }
        return commit;
    }

    private Connection physical() throws SQLException {
        Connection c = DriverManager.getConnection(url);
        open.incrementAndGet();
        return c;
    }

    @Override
    public boolean isActive() {
        return current.get() != null;
    }

    @Override
    public void setRollbackOnly() {
        current.get().rollbackOnly = true;
    }

    @Override
    public void onCompletion(Completion completion) {
        current.get().completions.add(completion);
    }

    @Override
    public Connection getConnection() throws SQLException {
        Tx tx = current.get();
        if (tx == null) {
            Connection c = physical();
            return counted(c, () -> {
                open.decrementAndGet();
                c.close();
            });
        }
        return counted(tx.connection, () -> { }); // the transaction's connection: closing it leaves it open
    }

    /** A connection whose close() runs {@code onClose} once instead of closing the target. */
    private static Connection counted(Connection target, SqlAction onClose) {
        boolean[] closed = {false};
        return (Connection) Proxy.newProxyInstance(HostHarness.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "close" -> {
                            if (!closed[0]) {
                                closed[0] = true;
                                onClose.run();
                            }
                            return null;
                        }
                        case "isClosed" -> {
                            return closed[0] || target.isClosed();
                        }
                        case "unwrap" -> {
                            return ((Class<?>) args[0]).isInstance(proxy) ? proxy : target.unwrap((Class<?>) args[0]);
                        }
                        default -> {
                            try {
                                return method.invoke(target, args);
                            } catch (java.lang.reflect.InvocationTargetException e) {
                                throw e.getCause();
                            }
                        }
                    }
                });
    }

    /** A JDBC action. */
    private interface SqlAction {
        void run() throws SQLException;
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return getConnection();
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
    }

    @Override
    public void setLoginTimeout(int seconds) {
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() {
        return Logger.getLogger("org.ar4j.tck");
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return false;
    }
}
