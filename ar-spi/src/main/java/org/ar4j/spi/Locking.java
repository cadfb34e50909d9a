package org.ar4j.spi;

import java.util.Objects;

/**
 * The row locks of a locking read ({@code Query.forUpdate()} and friends): SQL's
 * {@code FOR UPDATE} / {@code FOR SHARE} with {@code SKIP LOCKED} or {@code NOWAIT}. Core sends one only to a
 * backend with {@code Capability.LOCKING_READS} (and {@code SKIP_LOCKED} for a wait other than {@link Wait#WAIT}),
 * and only inside a transaction.
 *
 * @param shared whether other shared locks may be held at the same time ({@code FOR SHARE})
 * @param onLocked what happens when a row is locked elsewhere
 */
public record Locking(boolean shared, Wait onLocked) {

    /** What a locking read does about rows locked by another transaction. */
    public enum Wait {
        /** Waits until they are released. */
        WAIT,
        /** Leaves them out of the result. */
        SKIP_LOCKED,
        /** Fails at once ({@code org.ar4j.LockConflictException}). */
        NO_WAIT
    }

    /** Checks the wait policy. */
    public Locking {
        Objects.requireNonNull(onLocked, "onLocked");
    }
}
