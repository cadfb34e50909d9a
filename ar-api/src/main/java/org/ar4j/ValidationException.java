package org.ar4j;

import java.util.List;

/**
 * A record failed validation on save; nothing was written. {@link #errors()} holds every
 * error found, not just the first.
 */
public class ValidationException extends Ar4jException {
    private static final long serialVersionUID = 1L;
    private final transient List<Errors.Error> errors;

    /** Creates the exception for a model name and its errors. */
    public ValidationException(String model, List<Errors.Error> errors) {
        super(model + " is invalid: " + describe(errors));
        this.errors = List.copyOf(errors);
    }

    private static String describe(List<Errors.Error> errors) {
        StringBuilder sb = new StringBuilder();
        for (Errors.Error e : errors) {
            if (sb.length() > 0) {
                sb.append("; ");
            }
            sb.append(e.field() == null ? e.message() : e.field() + " " + e.message());
        }
        return sb.toString();
    }

    /** Every validation error, in the order they were added. */
    public List<Errors.Error> errors() {
        return errors;
    }
}
