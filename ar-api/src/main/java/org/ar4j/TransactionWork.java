package org.ar4j;

/** A block of work run inside {@link Database#transaction(TransactionWork)}. */
@FunctionalInterface
public interface TransactionWork {
    /** Runs the work; any exception rolls the transaction back. */
    void run() throws Exception;
}
