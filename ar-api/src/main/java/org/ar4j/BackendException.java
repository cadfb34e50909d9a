package org.ar4j;

/** The backend failed to execute a statement or command; the cause is the driver's exception. */
public class BackendException extends Ar4jException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message. */
    public BackendException(String message) {
        super(message);
    }

    /** Creates the exception with a message and a cause. */
    public BackendException(String message, Throwable cause) {
        super(message, cause);
    }
}
