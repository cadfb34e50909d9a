package org.ar4j;

/**
 * A {@link ValueConverter} failed: it threw, returned null for a value, or returned a value of another type than it
 * declares. The message names the model, the field and the converter; nothing was written.
 */
public class ConversionException extends Ar4jException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message naming model, field and converter, and the converter's failure. */
    public ConversionException(String message, Throwable cause) {
        super(message, cause);
    }
}
