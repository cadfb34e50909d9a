package org.ar4j;

/** A query that must return exactly one record ({@code one()}) found several. */
public class NonUniqueResultException extends Ar4jException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message. */
    public NonUniqueResultException(String message) {
        super(message);
    }
}
