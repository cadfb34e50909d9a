package org.ar4j.backend.mongo;

import com.mongodb.MongoException;
import com.mongodb.client.ClientSession;
import com.mongodb.client.MongoClient;

import org.ar4j.QueryEvent;
import org.ar4j.UnsupportedCapabilityException;
import org.ar4j.spi.BackendTransaction;
import org.ar4j.Capability;

/** The thread's open transaction: a session whose commands run inside it. MongoDB has no savepoints. */
final class MongoTransaction implements BackendTransaction {
    final ClientSession session;
    private final MongoCommands commands;
    private final Runnable ended;

    MongoTransaction(ClientSession session, MongoCommands commands, Runnable ended) {
        this.session = session;
        this.commands = commands;
        this.ended = ended;
    }

    /** Starts a transaction in a new session; reported as TRANSACTION. */
    static MongoTransaction start(MongoClient client, MongoCommands commands, Runnable ended) {
        ClientSession session = client.startSession();
        long start = System.nanoTime();
        try {
            session.startTransaction();
        } catch (MongoException e) {
            session.close();
            commands.report(QueryEvent.TRANSACTION, "startTransaction", MongoCommands.Bound.NONE, start, 0, e);
            throw MongoErrors.failure("Starting a transaction", e, "", false);
        }
        commands.report(QueryEvent.TRANSACTION, "startTransaction", MongoCommands.Bound.NONE, start, 0, null);
        return new MongoTransaction(session, commands, ended);
    }

    private static UnsupportedCapabilityException noSavepoints() {
        return new UnsupportedCapabilityException("mongo", Capability.SAVEPOINTS, "nested transactions");
    }

    @Override
    public void savepoint(String name) {
        throw noSavepoints();
    }

    @Override
    public void rollbackToSavepoint(String name) {
        throw noSavepoints();
    }

    @Override
    public void releaseSavepoint(String name) {
        throw noSavepoints();
    }

    @Override
    public void commit() {
        end(true);
    }

    @Override
    public void rollback() {
        end(false);
    }

    private void end(boolean commit) {
        String op = commit ? "commitTransaction" : "abortTransaction";
        long start = System.nanoTime();
        try {
            if (commit) {
                session.commitTransaction();
            } else if (session.hasActiveTransaction()) {
                session.abortTransaction();
            }
            commands.report(QueryEvent.TRANSACTION, op, MongoCommands.Bound.NONE, start, 0, null);
        } catch (MongoException e) {
            commands.report(QueryEvent.TRANSACTION, op, MongoCommands.Bound.NONE, start, 0, e);
            if (commit && session.hasActiveTransaction()) {
                try {
                    session.abortTransaction();
                } catch (MongoException again) {
                    e.addSuppressed(again);
                }
            }
            throw MongoErrors.failure(op, e, "", commit);
        } finally {
            ended.run();
            session.close();
        }
    }
}
