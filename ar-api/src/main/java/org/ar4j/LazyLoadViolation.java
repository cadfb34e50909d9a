package org.ar4j;

/**
 * A relation was loaded lazily while the load mode was {@link LoadMode#STRICT}. The message names the model and the relation and
 * suggests the {@code with(...)} call that eager-loads it.
 */
public class LazyLoadViolation extends Ar4jException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message. */
    public LazyLoadViolation(String message) {
        super(message);
    }

    /** Creates the exception with a message and a cause. */
    public LazyLoadViolation(String message, Throwable cause) {
        super(message, cause);
    }
}
