package org.ar4j.backend.memory;

import java.util.ArrayDeque;
import java.util.Deque;

import org.ar4j.BackendException;
import org.ar4j.spi.BackendTransaction;

/**
 * A transaction of one thread: reads see the last committed state until its first write, which takes the store's
 * writer lock and forks that state; savepoints keep forks aside; commit publishes its state, rollback forgets it.
 */
final class MemoryTransaction implements BackendTransaction {
    private record Savepoint(String name, MemoryState state) {
    }

    private final MemoryStore store;
    private final Runnable ended;
    private final java.util.function.Consumer<String> control;
    private final Deque<Savepoint> savepoints = new ArrayDeque<>();
    private MemoryState state;
    private boolean done;

    MemoryTransaction(MemoryStore store, Runnable ended, java.util.function.Consumer<String> control) {
        this.store = store;
        this.ended = ended;
        this.control = control;
    }

    /** What a read in this transaction sees. */
    MemoryState reading() {
        return state != null ? state : store.committed();
    }

    /** The state a write starts from, taking the writer lock at the first write. */
    MemoryState writing() {
        if (state == null) {
            store.lock();
            state = store.committed().fork();
        }
        return state;
    }

    /** Keeps a statement's state (a fork of {@link #writing}) as the transaction's. */
    void wrote(MemoryState after) {
        state = after;
    }

    @Override
    public void savepoint(String name) {
        control.accept("savepoint " + name);
        // Before the first write a savepoint holds nothing (null): rolling back to it forgets every write.
        savepoints.push(new Savepoint(name, state));
        if (state != null) {
            state = state.fork();
        }
    }

    @Override
    public void rollbackToSavepoint(String name) {
        while (!savepoints.isEmpty()) {
            Savepoint s = savepoints.peek();
            if (s.name().equals(name)) {
                control.accept("rollback to savepoint " + name);
                if (s.state() != null) {
                    state = s.state().fork();
                } else if (state != null) {
                    state = store.committed().fork(); // the lock is held: nothing was committed since
                }
                return;
            }
            savepoints.pop();
        }
        throw new BackendException("No savepoint " + name + " in this memory transaction");
    }

    @Override
    public void releaseSavepoint(String name) {
        while (!savepoints.isEmpty()) {
            if (savepoints.pop().name().equals(name)) {
                control.accept("release savepoint " + name);
                return;
            }
        }
        throw new BackendException("No savepoint " + name + " in this memory transaction");
    }

    @Override
    public void commit() {
        end(true);
    }

    @Override
    public void rollback() {
        end(false);
    }

    private void end(boolean keep) {
        if (done) {
            return;
        }
        done = true;
        control.accept(keep ? "commit" : "rollback");
        try {
            if (state != null) {
                if (keep) {
                    store.publish(state);
                }
                store.unlock();
            }
        } finally {
            ended.run();
        }
    }
}
