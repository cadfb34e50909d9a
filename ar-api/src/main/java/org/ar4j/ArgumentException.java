package org.ar4j;

/**
 * A method of ar4j's API got an argument it cannot use: a null where a value is needed, a negative size, a
 * collection holding a null. The message names the method, the argument and the fix. Nothing has been executed
 * or written when it is thrown.
 */
public class ArgumentException extends Ar4jException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message naming the method, the argument and the fix. */
    public ArgumentException(String message) {
        super(message);
    }

    /**
     * Returns {@code value}, or throws when it is null: "{@code method} got a null {@code argument}" followed by
     * {@code fix} (for example "use Where.isNull(field) to find nulls").
     */
    public static <T> T requireNonNull(T value, String method, String argument, String fix) {
        if (value == null) {
            throw new ArgumentException(method + " got a null " + argument + (fix == null || fix.isEmpty() ? "" : "; " + fix));
        }
        return value;
    }
}
