package org.ar4j.core.internal.session;

import java.time.Duration;
import java.util.function.Consumer;

import org.ar4j.ArgumentException;
import org.ar4j.LockConflictException;
import org.ar4j.QueryEvent;
import org.ar4j.Retry;
import org.ar4j.StaleRecordException;
import org.ar4j.TransactionCallable;
import org.ar4j.TransactionOutcomeUnknownException;
import org.ar4j.TransactionRolledBackException;
import org.ar4j.WriteConflictException;

/**
 * Runs a transaction again after a conflict ({@link Retry}). Each attempt is a whole transaction whose rollback
 * restores the records it touched (the transaction rules do that), so the next one starts from what is stored.
 */
public final class Retrying {
    private Retrying() {
    }

    /**
     * Runs {@code work} through {@code transactions} up to the retry's attempts, reporting each retry to
     * {@code events}; {@code backend} names the backend in those events.
     */
    public static <R> R run(Transactions transactions, Retry retry, TransactionCallable<R> work, String backend,
                            Consumer<QueryEvent> events) {
        ArgumentException.requireNonNull(retry, "transaction", "retry", "pass Retry.onConflict(n), or call"
                + " transaction(work) for one run");
        ArgumentException.requireNonNull(work, "transaction", "work", "pass the work to run in the transaction");
        if (transactions.inAnyTransaction()) {
            throw new ArgumentException("transaction(" + retry + ", work) inside another transaction: the outer"
                    + " transaction's work could not be run again with it. Put the retry around the outermost transaction");
        }
        for (int attempt = 1; ; attempt++) {
            transactions.takeOlderWritten();
            try {
                return transactions.run(work);
            } catch (RuntimeException e) {
                Throwable conflict = conflict(e);
                String older = transactions.takeOlderWritten();
                if (conflict == null || attempt >= retry.maxAttempts()) {
                    throw e;
                }
                if (older != null) {
                    throw new TransactionRolledBackException("The transaction was rolled back after "
                            + conflict.getClass().getSimpleName() + " and not run again: it saved " + older + ", which"
                            + " was read before the transaction began, so the work's changes to it are still pending"
                            + " and a second run would apply them twice (10 + 5 + 5). Read the records the work changes"
                            + " inside the work (" + retry + "); the record was put back as it was before its save. "
                            + "Conflict: " + conflict.getMessage(), e);
                }
                Duration wait = retry.delayAfter(attempt);
                events.accept(new QueryEvent(backend, QueryEvent.TRANSACTION, QueryEvent.RETRY_TEXT + " attempt "
                        + (attempt + 1) + " of " + retry.maxAttempts() + " after " + conflict.getClass().getSimpleName()
                        + ": " + conflict.getMessage(), 0, wait, 0, conflict));
                sleep(wait, e);
            }
        }
    }

    /** The conflict a failure reports (itself or a cause), or null for a failure that is not one. */
    static Throwable conflict(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof TransactionOutcomeUnknownException) {
                return null;   // the commit may have been applied: running the work again could apply it twice
            }
            if (t instanceof StaleRecordException || t instanceof WriteConflictException
                    || t instanceof LockConflictException) {
                return t;
            }
        }
        return null;
    }

    private static void sleep(Duration wait, RuntimeException failure) {
        try {
            Thread.sleep(wait.toMillis(), wait.toNanosPart() % 1_000_000);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw failure;
        }
    }
}
