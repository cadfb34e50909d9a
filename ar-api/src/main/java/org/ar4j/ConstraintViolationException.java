package org.ar4j;

import java.util.List;

/**
 * The database refused a write because it breaks a constraint the model declares: a duplicate value
 * in a unique field (or id), or a null in a required one. The message names the model and the fields;
 * the cause is the driver's exception.
 */
public class ConstraintViolationException extends BackendException {
    private static final long serialVersionUID = 1L;

    /** What kind of constraint was broken. */
    public enum Kind {
        /** A value (or combination) that must be unique is already stored. */
        UNIQUE,
        /** A required field was null. */
        NOT_NULL,
        /**
         * A foreign key would refer to a missing record: a {@code BelongsTo} key with no such target, or a
         * deleted record that others still refer to.
         */
        FOREIGN_KEY
    }

    private final Kind kind;
    private final List<String> fields;

    /** Creates the exception; {@code fields} are "Model.field" names. */
    public ConstraintViolationException(Kind kind, List<String> fields, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.fields = List.copyOf(fields);
    }

    /** The kind of constraint. */
    public Kind kind() {
        return kind;
    }

    /** The fields involved, as "Model.field"; empty when the database did not say. */
    public List<String> fields() {
        return fields;
    }
}
