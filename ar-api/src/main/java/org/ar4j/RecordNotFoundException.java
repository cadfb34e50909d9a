package org.ar4j;

/** No record matched a lookup that required one (a find-or-fail, or {@code one()}). */
public class RecordNotFoundException extends Ar4jException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message. */
    public RecordNotFoundException(String message) {
        super(message);
    }

    /** Creates the exception with a message and a cause. */
    public RecordNotFoundException(String message, Throwable cause) {
        super(message, cause);
    }
}
