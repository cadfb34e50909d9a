package org.ar4j;

/**
 * A locking read with {@code noWait()} found a row another transaction holds locked. Nothing was read or
 * written; the transaction is still usable on backends that keep it open (PostgreSQL marks it failed, so roll
 * it back), and a later attempt may succeed.
 */
public class LockConflictException extends BackendException {
    private static final long serialVersionUID = 1L;

    /** A conflict, with the backend's message. */
    public LockConflictException(String message, Throwable cause) {
        super(message, cause);
    }
}
