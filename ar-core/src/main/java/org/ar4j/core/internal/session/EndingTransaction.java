package org.ar4j.core.internal.session;

import org.ar4j.spi.BackendTransaction;

/** A backend transaction that runs an action once when it ends, by commit or rollback, whether that succeeds or not. */
final class EndingTransaction implements BackendTransaction {
    private final BackendTransaction tx;
    private final Runnable onEnd;
    private boolean ended;

    EndingTransaction(BackendTransaction tx, Runnable onEnd) {
        this.tx = tx;
        this.onEnd = onEnd;
    }

    private void end() {
        if (!ended) {
            ended = true;
            onEnd.run();
        }
    }

    @Override
    public void savepoint(String name) {
        tx.savepoint(name);
    }

    @Override
    public void rollbackToSavepoint(String name) {
        tx.rollbackToSavepoint(name);
    }

    @Override
    public void releaseSavepoint(String name) {
        tx.releaseSavepoint(name);
    }

    @Override
    public void commit() {
        try {
            tx.commit();
        } finally {
            end();
        }
    }

    @Override
    public void rollback() {
        try {
            tx.rollback();
        } finally {
            end();
        }
    }
}
