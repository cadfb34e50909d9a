package org.ar4j.sql.internal;

import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;

import org.ar4j.UnsupportedCapabilityException;
import org.ar4j.Capability;
import org.ar4j.sql.SqlReplication;

/** The dialect's replication questions, each on a pooled connection and reported as a REPLICATION statement. */
final class SqlReplicas {
    /** One question on a connection. */
    private interface Question<R> {
        R ask(java.sql.Connection c) throws SQLException;
    }

    private final SqlReplication replication;
    private final SqlConnections connections;
    private final Statements statements;

    SqlReplicas(SqlReplication replication, SqlConnections connections, Statements statements) {
        this.replication = replication;
        this.connections = connections;
        this.statements = statements;
    }

    Optional<String> position() {
        return Optional.ofNullable(ask("replication position", replication::position));
    }

    boolean hasReplayed(String position, Duration wait) {
        return ask("replayed " + position + "?", c -> replication.hasReplayed(c, position, wait));
    }

    Optional<Duration> lag() {
        return ask("replication lag", replication::lag);
    }

    private <R> R ask(String what, Question<R> q) {
        if (replication == null) {
            throw new UnsupportedCapabilityException(statements.backend(), Capability.REPLICAS, what);
        }
        long start = System.nanoTime();
        SqlConnections.Held h = connections.acquire();
        try {
            R r = q.ask(h.connection);
            statements.report("REPLICATION", what, 0, start, 1, null);
            return r;
        } catch (SQLException e) {
            statements.report("REPLICATION", what, 0, start, 0, e);
            throw statements.failure("REPLICATION", what, e);
        } finally {
            connections.release(h);
        }
    }
}
