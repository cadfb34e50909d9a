package org.ar4j;

/** An update or delete found the record changed or removed by someone else since it was loaded (optimistic locking). */
public class StaleRecordException extends Ar4jException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message. */
    public StaleRecordException(String message) {
        super(message);
    }

    /** Creates the exception with a message and a cause. */
    public StaleRecordException(String message, Throwable cause) {
        super(message, cause);
    }
}
