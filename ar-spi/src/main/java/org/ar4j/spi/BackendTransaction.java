package org.ar4j.spi;

import org.ar4j.Capability;
/**
 * A transaction a {@link Backend} opened with {@link Backend#begin()}. It belongs to the thread that
 * began it: until {@link #commit()} or {@link #rollback()} returns, every operation that thread asks
 * of the backend runs inside it. It only carries out what ar-core decides (when to commit, when to
 * roll back, when a savepoint is needed); the rules live in core.
 *
 * <p>Every method reports its statement or command to the backend's listener and throws
 * {@link org.ar4j.BackendException} when the database refuses it. After {@link #commit()} or
 * {@link #rollback()}, even a failed one, the transaction is over and the thread is released.
 */
public interface BackendTransaction {

    /** Creates a savepoint; only called on backends that declare {@link Capability#SAVEPOINTS}. */
    void savepoint(String name);

    /** Rolls back to a savepoint created before, which stays usable. */
    void rollbackToSavepoint(String name);

    /** Releases a savepoint; its work becomes part of the enclosing transaction. */
    void releaseSavepoint(String name);

    /** Commits and ends the transaction. */
    void commit();

    /** Rolls back and ends the transaction. */
    void rollback();
}
