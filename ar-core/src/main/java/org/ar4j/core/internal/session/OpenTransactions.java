package org.ar4j.core.internal.session;

/**
 * Told when a database's transaction opens and ends on the calling thread, so model statics can use the database
 * whose transaction is open (the first step of the resolution order in {@link org.ar4j.Database}'s javadoc).
 */
public interface OpenTransactions {
    /** A transaction of {@code db} was opened on this thread. */
    void opened(Session db);

    /** The transaction of {@code db} opened on this thread ended. */
    void ended(Session db);
}
