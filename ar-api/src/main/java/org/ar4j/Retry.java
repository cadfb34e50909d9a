package org.ar4j;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When a transaction is run again: {@code db.transaction(Retry.onConflict(5), () -> ...)} reruns the work after a
 * conflict with a concurrent transaction, and only then. A conflict is a {@link StaleRecordException} (optimistic
 * locking found the row changed) or a failure the backend classifies as a concurrency conflict: a serialization
 * failure or deadlock (SQLSTATE 40001 / 40P01; MySQL and MariaDB deadlocks, 1213, which is also how Galera reports a
 * failed certification), a {@link LockConflictException} (a row lock not free in time: MySQL/MariaDB's lock wait
 * timeout 1205, or {@code noWait()}), or what a dialect's {@code SqlErrors.writeConflict} names. Every other failure is thrown
 * at once, and so is {@link TransactionOutcomeUnknownException}: a commit whose outcome is unknown may have been applied.
 *
 * <p>The failed attempt is rolled back, and ar4j restores every record it touched (persisted or new again, its id,
 * version and timestamps, its pending changes), so the next attempt starts from what is stored; the work should
 * read what it changes inside the transaction, so it sees the other transaction's write. Each retry is reported to
 * the query listeners as transaction control ({@link QueryEvent#isRetry()}). Immutable and thread-safe.
 */
public final class Retry {
    /** The longest wait between attempts that {@link #backoff} accepts. */
    private static final Duration LONGEST = Duration.ofHours(1);
    private final int maxAttempts;
    private final Duration first;
    private final Duration max;

    private Retry(int maxAttempts, Duration first, Duration max) {
        this.maxAttempts = maxAttempts;
        this.first = first;
        this.max = max;
    }

    /** Up to {@code maxAttempts} runs in all (at least 1), waiting 10 ms, 20 ms, 40 ms... (at most 1 s, jittered). */
    public static Retry onConflict(int maxAttempts) {
        if (maxAttempts < 1) {
            throw new ArgumentException("Retry.onConflict(" + maxAttempts + "): give the number of runs in all, 1 or more");
        }
        return new Retry(maxAttempts, Duration.ofMillis(10), Duration.ofSeconds(1));
    }

    /**
     * The waits between attempts: {@code first} before the second run, doubling up to {@code max}; each wait is
     * drawn uniformly up to that bound (full jitter), so clients that conflicted together do not retry together.
     */
    public Retry backoff(Duration first, Duration max) {
        ArgumentException.requireNonNull(first, "Retry.backoff(first, max)", "first wait", "pass a Duration such as"
                + " Duration.ofMillis(10)");
        ArgumentException.requireNonNull(max, "Retry.backoff(first, max)", "longest wait", "pass a Duration such as"
                + " Duration.ofSeconds(1)");
        if (first.isNegative() || max.compareTo(first) < 0 || max.compareTo(LONGEST) > 0) {
            throw new ArgumentException("Retry.backoff(" + first + ", " + max + "): give 0 <= first <= max <= "
                    + LONGEST + " (a transaction that waits longer between attempts holds its caller for hours)");
        }
        return new Retry(maxAttempts, first, max);
    }

    /** The number of runs in all. */
    public int maxAttempts() {
        return maxAttempts;
    }

    /** The wait before run {@code attempt + 1}, after {@code attempt} runs failed (jittered). */
    public Duration delayAfter(int attempt) {
        long bound = first.toNanos();
        for (int i = 1; i < attempt && bound < max.toNanos(); i++) {
            bound = Math.min(max.toNanos(), bound * 2);
        }
        return bound <= 0 ? Duration.ZERO : Duration.ofNanos(ThreadLocalRandom.current().nextLong(bound + 1));
    }

    @Override
    public String toString() {
        return "Retry.onConflict(" + maxAttempts + ").backoff(" + first + ", " + max + ")";
    }
}
