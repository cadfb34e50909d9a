package org.ar4j;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One statement (SQL) or command (MongoDB) a backend executed, as reported to a
 * {@link QueryListener}.
 *
 * @param backend    the backend name, for example {@code sqlite}
 * @param operation  what kind of operation it was: SELECT, COUNT, INSERT, UPSERT, UPDATE, DELETE, DDL,
 *                   {@value #TRANSACTION} (begin, commit, rollback, savepoints), REPLICATION (a replication position
 *                   or lag asked of a server) or a MongoDB command name
 * @param text       the SQL text with placeholders, or the command with its filter shape; never bound values
 * @param model      the model whose table or collection the statement works on, or null (transaction control, a
 *                   join table read for a relation)
 * @param parameters the parameters bound
 * @param outcome    how long it took, the rows, the failure
 * @param server     which server ran it: {@value #PRIMARY}, or a replica named by its position and host
 */
public record QueryEvent(String backend, String operation, String text, String model, Parameters parameters,
                         Outcome outcome, String server) {
    /** The {@link #server()} of statements on the primary (the only server of a database without replicas). */
    public static final String PRIMARY = "primary";

    /** Defaults the server to the primary. */
    public QueryEvent {
        server = server == null ? PRIMARY : server;
    }

    /**
     * The parameters of a statement.
     *
     * @param count  how many values were bound
     * @param values the bound values, only when the database was built with {@code logParameters(true)}; else empty
     */
    public record Parameters(int count, List<Object> values) {
        /** Parameters without their values. */
        public static Parameters counted(int count) {
            return new Parameters(count, List.of());
        }

        /** Copies the values (which may hold nulls). */
        public Parameters {
            values = values == null || values.isEmpty() ? List.of()
                    : Collections.unmodifiableList(new ArrayList<>(values));
        }
    }

    /**
     * How a statement ended.
     *
     * @param duration how long the statement took, until its cursor was closed for reads
     * @param rows     rows (or documents) returned or affected
     * @param failure  the exception if it failed, else null
     */
    public record Outcome(Duration duration, long rows, Throwable failure) {
    }

    /** The same event, run on another server (ar-core sets it for replicas: {@code "replica 1 (host:port)"}). */
    public QueryEvent onServer(String name) {
        return new QueryEvent(backend, operation, text, model, parameters, outcome, name);
    }

    /** Whether the statement ran on a replica rather than the primary. */
    public boolean onReplica() {
        return !server.equals(PRIMARY);
    }

    /** An event on the primary without a model or parameter values. */
    public QueryEvent(String backend, String operation, String text, int parameterCount, Duration duration, long rows,
                      Throwable failure) {
        this(backend, operation, text, null, Parameters.counted(parameterCount), new Outcome(duration, rows, failure),
                PRIMARY);
    }

    /** The operation of transaction control: begin, commit, rollback and savepoint statements or commands. */
    public static final String TRANSACTION = "TRANSACTION";

    /** The text that starts the event of a transaction run again after a conflict ({@link Retry}). */
    public static final String RETRY_TEXT = "RETRY";

    /**
     * Whether this reports a transaction run again after a conflict: transaction control whose text starts with
     * {@value #RETRY_TEXT} and names the attempt, and whose {@link Outcome#failure()} is the conflict.
     */
    public boolean isRetry() {
        return isTransactionControl() && text.startsWith(RETRY_TEXT);
    }

    /** Whether this is transaction control (begin, commit, rollback, a savepoint) rather than data access. */
    public boolean isTransactionControl() {
        return operation.equals(TRANSACTION);
    }

    /** Whether the statement read data (the operation is SELECT, COUNT or a read command). */
    public boolean isRead() {
        return operation.equals("SELECT") || operation.equals("COUNT") || operation.equals("find")
                || operation.equals("aggregate") || operation.equals("count");
    }
}
