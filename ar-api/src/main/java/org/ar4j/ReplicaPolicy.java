package org.ar4j;

import java.time.Duration;

/**
 * How a database with read replicas ({@link DatabaseBuilder#replica(String)}) routes reads. Immutable; start from
 * {@link #defaults()}.
 *
 * <ul>
 *   <li>{@link #waitForReplay(Duration)}: after a write, how long a read may wait for a replica to replay it before
 *       it goes to the primary instead (zero by default: never wait, read from the primary until the replica has
 *       caught up).</li>
 *   <li>{@link #maxLag(Duration)}: reads without a write of their own to wait for go to a replica only while it lags
 *       less than this (unbounded by default: any healthy replica).</li>
 *   <li>{@link #retryAfter(Duration)}: how long a replica that failed stays out before it is tried again (5 s by
 *       default); meanwhile reads go to the other replicas or the primary.</li>
 * </ul>
 *
 * @param waitForReplay how long a read waits for a replica to replay the writer's last write
 * @param maxLag        the largest lag of a replica that serves reads, or null for any
 * @param retryAfter    how long a failed replica is left out
 */
public record ReplicaPolicy(Duration waitForReplay, Duration maxLag, Duration retryAfter) {
    /** Checks the durations. */
    public ReplicaPolicy {
        ArgumentException.requireNonNull(waitForReplay, "ReplicaPolicy", "waitForReplay", "pass a value");
        ArgumentException.requireNonNull(retryAfter, "ReplicaPolicy", "retryAfter", "pass a value");
        if (waitForReplay.isNegative() || retryAfter.isNegative() || (maxLag != null && maxLag.isNegative())) {
            throw new ConfigurationException("ReplicaPolicy durations must not be negative: " + waitForReplay + ", "
                    + maxLag + ", " + retryAfter);
        }
    }

    /** No wait, no lag bound, a failed replica left out for 5 seconds. */
    public static ReplicaPolicy defaults() {
        return new ReplicaPolicy(Duration.ZERO, null, Duration.ofSeconds(5));
    }

    /** This policy with another wait for replay. */
    public ReplicaPolicy waitForReplay(Duration wait) {
        return new ReplicaPolicy(wait, maxLag, retryAfter);
    }

    /** This policy with a bound on replica lag (bounded staleness for reads without a write to wait for). */
    public ReplicaPolicy maxLag(Duration lag) {
        return new ReplicaPolicy(waitForReplay, lag, retryAfter);
    }

    /** This policy with another time a failed replica is left out. */
    public ReplicaPolicy retryAfter(Duration after) {
        return new ReplicaPolicy(waitForReplay, maxLag, after);
    }
}
