package org.ar4j;

/** A block of work with a result, run inside {@link Database#inTransaction(TransactionCallable)}. */
@FunctionalInterface
public interface TransactionCallable<R> {
    /** Runs the work; any exception rolls the transaction back. */
    R call() throws Exception;
}
