package org.ar4j;

/**
 * The connection was lost while a transaction committed, so whether the database committed it is not
 * known: read the data back before retrying. ar4j puts the records the transaction touched back in their
 * state from before it, as after a rollback (the usual outcome when the server never received the commit).
 */
public class TransactionOutcomeUnknownException extends BackendException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message and the driver's failure as its cause. */
    public TransactionOutcomeUnknownException(String message, Throwable cause) {
        super(message, cause);
    }
}
