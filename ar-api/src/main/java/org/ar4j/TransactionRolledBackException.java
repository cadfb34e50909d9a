package org.ar4j;

/**
 * A transaction (or a nested transaction's savepoint) was rolled back although ar4j was asked to
 * commit it: its work caught a failed statement and returned normally, its commit failed, or its work
 * threw a checked exception. Nothing the transaction wrote is stored; the records it saved, inserted
 * or deleted are back in their state before it (see docs/transactions.md). The cause is the first
 * failure.
 */
public class TransactionRolledBackException extends Ar4jException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message and the first failure as its cause. */
    public TransactionRolledBackException(String message, Throwable cause) {
        super(message, cause);
    }
}
