package org.ar4j;

/** The root of every exception ar4j throws. Unchecked. */
public class Ar4jException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Creates an exception with a message. */
    public Ar4jException(String message) {
        super(message);
    }

    /** Creates an exception with a message and a cause. */
    public Ar4jException(String message, Throwable cause) {
        super(message, cause);
    }
}
