package org.ar4j.backend.memory;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.Semaphore;

import org.ar4j.BackendException;

/**
 * One named in-memory database: its committed state and its writer lock. As with an embedded database's file, the
 * name is the database: every {@code memory:<name>} URL of this JVM opens the same store (the store is the
 * "server", not ar4j state). One writer at a time, as on SQLite: a transaction takes the lock at its first write
 * and keeps it until it ends; readers never wait and see the last committed state.
 */
final class MemoryStore {
    private static final Map<String, MemoryStore> STORES = new ConcurrentHashMap<>();
    private static final long LOCK_TIMEOUT_SECONDS = 10;

    private final String name;
    /** Not reentrant: a second writer on the same thread (another database on this store) waits as any other. */
    private final Semaphore writer = new Semaphore(1);
    private volatile MemoryState committed = MemoryState.empty();

    private MemoryStore(String name) {
        this.name = name;
    }

    /** The store of a name, created empty the first time. */
    static MemoryStore named(String name) {
        return STORES.computeIfAbsent(name, MemoryStore::new);
    }

    String name() {
        return name;
    }

    MemoryState committed() {
        return committed;
    }

    /** Takes the writer lock, waiting up to ten seconds for another writer to finish. */
    void lock() {
        try {
            if (!writer.tryAcquire(LOCK_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                throw new BackendException("The memory database " + name + " is locked by another writer (waited "
                        + LOCK_TIMEOUT_SECONDS + " s)");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BackendException("Interrupted while waiting for the memory database " + name, e);
        }
    }

    /** Publishes a written state (the caller holds the lock). */
    void publish(MemoryState state) {
        committed = state;
    }

    void unlock() {
        writer.release();
    }
}
