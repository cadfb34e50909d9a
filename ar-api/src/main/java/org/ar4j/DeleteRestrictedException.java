package org.ar4j;

/** A delete was refused because a relation declared {@code Dependent.RESTRICT} still has records; nothing was deleted. */
public class DeleteRestrictedException extends Ar4jException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message. */
    public DeleteRestrictedException(String message) {
        super(message);
    }
}
