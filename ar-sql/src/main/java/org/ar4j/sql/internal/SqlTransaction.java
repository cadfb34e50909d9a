package org.ar4j.sql.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.ar4j.QueryEvent;
import org.ar4j.TransactionOutcomeUnknownException;
import org.ar4j.spi.BackendTransaction;
import org.ar4j.HostTransactions;
import org.ar4j.sql.SqlDialect;

/**
 * A transaction on the connection bound to its thread. It only carries out core's decisions, the way
 * the dialect says: {@link SqlDialect#beginTransactionSql()} (SQLite's {@code BEGIN IMMEDIATE}) or
 * JDBC's auto-commit switch, and the dialect's savepoint statements. Each statement is reported.
 */
final class SqlTransaction implements BackendTransaction {
    private final SqlConnections connections;
    private final SqlConnections.Held held;
    private final SqlDialect dialect;
    private final Statements statements;
    private final boolean bySql;
    /** The host framework's transaction this one joined (it begins and ends there), or null. */
    private final HostTransactions host;
    private boolean ended;

    SqlTransaction(SqlConnections connections, SqlConnections.Held held, SqlDialect dialect, Statements statements,
                   HostTransactions host) {
        this.connections = connections;
        this.held = held;
        this.dialect = dialect;
        this.statements = statements;
        this.bySql = dialect.syntax().commands().beginTransaction() != null;
        this.host = host;
    }

    Connection connection() {
        return held.connection;
    }

    void begin() {
        if (bySql) {
            execute(dialect.syntax().commands().beginTransaction());
            return;
        }
        long start = System.nanoTime();
        try {
            held.connection.setAutoCommit(false);
            statements.report(QueryEvent.TRANSACTION, "BEGIN", 0, start, 0, null);
        } catch (SQLException e) {
            statements.report(QueryEvent.TRANSACTION, "BEGIN", 0, start, 0, e);
            throw statements.failure("Beginning a transaction", "BEGIN", e);
        }
    }

    private void execute(String sql) {
        long start = System.nanoTime();
        try (Statement st = held.connection.createStatement()) {
            st.execute(sql);
            statements.report(QueryEvent.TRANSACTION, sql, 0, start, 0, null);
        } catch (SQLException e) {
            statements.report(QueryEvent.TRANSACTION, sql, 0, start, 0, e);
            throw statements.failure(sql, sql, e);
        }
    }

    @Override
    public void savepoint(String name) {
        execute("SAVEPOINT " + dialect.quote(name));
    }

    @Override
    public void rollbackToSavepoint(String name) {
        execute("ROLLBACK TO SAVEPOINT " + dialect.quote(name));
    }

    @Override
    public void releaseSavepoint(String name) {
        execute("RELEASE SAVEPOINT " + dialect.quote(name));
    }

    @Override
    public void commit() {
        end(true);
    }

    @Override
    public void rollback() {
        end(false);
    }

    /** Commits or rolls back; a failed commit is rolled back, and a connection left in doubt is evicted. */
    private void end(boolean commit) {
        if (ended) {
            throw new IllegalStateException("the transaction has ended");
        }
        ended = true;
        if (host != null) {
            // Joined: the host commits; a rollback here makes the host's transaction roll back too.
            try {
                if (!commit) {
                    host.setRollbackOnly();
                }
            } finally {
                closeDeferredStatements();
                connections.ended(held);
            }
            return;
        }
        Connection c = held.connection;
        String sql = commit ? "COMMIT" : "ROLLBACK";
        long start = System.nanoTime();
        RuntimeException failure = null;
        try {
            finish(c, commit);
            statements.report(QueryEvent.TRANSACTION, sql, 0, start, 0, null);
        } catch (SQLException e) {
            statements.report(QueryEvent.TRANSACTION, sql, 0, start, 0, e);
            failure = statements.failure(commit ? "Commit" : "Rollback", sql, e);
            if (commit && lost(c)) {
                failure = new TransactionOutcomeUnknownException("The connection to " + dialect.name() + " was lost"
                        + " while the transaction committed, so whether it was committed is unknown; read the data"
                        + " back before retrying: " + e.getMessage(), e);
                connections.evict(c);
            } else if (commit) {
                try {
                    finish(c, false);
                } catch (SQLException again) {
                    failure.addSuppressed(again);
                    connections.evict(c);
                }
            } else {
                connections.evict(c);
            }
        } finally {
            closeDeferredStatements();
            connections.ended(held);
        }
        if (failure != null) {
            throw failure;
        }
    }

    /** Closes the statements of streams read in this transaction (SqlStreams keeps them open until it ends). */
    private void closeDeferredStatements() {
        if (held.closeAtEnd != null) {
            held.closeAtEnd.forEach(SqlConnections::closeQuietly);
            held.closeAtEnd = null;
        }
    }

    private static boolean lost(Connection c) {
        try {
            return c.isClosed() || !c.isValid(2);
        } catch (SQLException e) {
            return true;
        }
    }

    private void finish(Connection c, boolean commit) throws SQLException {
        if (bySql) {
            try (Statement st = c.createStatement()) {
                st.execute(commit ? "COMMIT" : "ROLLBACK");
            }
            return;
        }
        if (commit) {
            c.commit();
        } else {
            c.rollback();
        }
        c.setAutoCommit(true);
    }
}
