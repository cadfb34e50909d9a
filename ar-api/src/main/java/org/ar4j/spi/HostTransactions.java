package org.ar4j.spi;

/**
 * How a host framework (Spring, an application server) shares its transactions with ar4j. While the
 * calling thread is inside one, ar4j's statements run on the connection the host's DataSource hands out
 * for it, ar4j's {@code transaction(...)} joins it (nested ones become savepoints on its connection), and
 * a failure ar4j's rules see marks it rollback-only, so the host rolls it back instead of committing.
 * Implementations must be thread-safe.
 */
public interface HostTransactions {
    /** Whether the calling thread runs inside a transaction the host manages. */
    boolean isActive();

    /** Makes the host's transaction on this thread roll back instead of committing. */
    void setRollbackOnly();
}
