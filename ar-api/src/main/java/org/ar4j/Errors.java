package org.ar4j;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects validation errors while a record validates itself in
 * {@link ActiveRecord#validate(Errors)}. Not thread-safe; one instance per save.
 */
public final class Errors {
    /**
     * One validation error.
     *
     * @param field   the field it concerns, or null for the record as a whole
     * @param message what is wrong, for example "must not be blank"
     */
    public record Error(String field, String message) {
    }

    private final List<Error> errors = new ArrayList<>();

    /** Adds an error about one field. */
    public Errors add(String field, String message) {
        errors.add(new Error(field, message));
        return this;
    }

    /** Adds an error about the record as a whole. */
    public Errors addToRecord(String message) {
        errors.add(new Error(null, message));
        return this;
    }

    /** Whether no error was added. */
    public boolean isEmpty() {
        return errors.isEmpty();
    }

    /** The errors added so far, in order. */
    public List<Error> all() {
        return List.copyOf(errors);
    }
}
