package org.ar4j;

/**
 * A query was built wrongly: an unknown field or relation name, a malformed eager-loading path, a value of the wrong type.
 * Nothing has been executed or written when it is thrown.
 */
public class QueryException extends Ar4jException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message. */
    public QueryException(String message) {
        super(message);
    }

    /** Creates the exception with a message and a cause. */
    public QueryException(String message, Throwable cause) {
        super(message, cause);
    }
}
