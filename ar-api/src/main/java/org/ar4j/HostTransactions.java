package org.ar4j;

/**
 * How a host framework (Spring, an application server) shares its transactions with ar4j. While the
 * calling thread is inside one, ar4j's statements run on the connection the host's DataSource hands out
 * for it, ar4j's {@code transaction(...)} joins it (nested ones become savepoints on its connection), and
 * a failure ar4j's rules see marks it rollback-only, so the host rolls it back instead of committing.
 * When the host rolls back, the records ar4j wrote inside get their state from before back, as after
 * ar4j's own rollbacks. Implementations must be thread-safe.
 */
public interface HostTransactions {
    /** Whether the calling thread runs inside a transaction the host manages. */
    boolean isActive();

    /** Makes the host's transaction on this thread roll back instead of committing. */
    void setRollbackOnly();

    /**
     * Calls {@code completion} once, on this thread, when the host's transaction open on this thread ends.
     * Only called while {@link #isActive()}.
     */
    void onCompletion(Completion completion);

    /** What ar4j does when a host transaction ends. */
    @FunctionalInterface
    interface Completion {
        /** The transaction ended: committed, or rolled back (or its outcome is unknown) when false. */
        void ended(boolean committed);
    }
}
