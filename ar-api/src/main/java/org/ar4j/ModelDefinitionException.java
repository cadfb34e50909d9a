package org.ar4j;

/**
 * A model class is defined wrongly: a missing {@code @Id}, an unsupported field type, a relation whose keys or inverse do not
 * exist. Thrown when the model is first used; the message names the model, the field or relation, and the fix.
 */
public class ModelDefinitionException extends Ar4jException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message. */
    public ModelDefinitionException(String message) {
        super(message);
    }

    /** Creates the exception with a message and a cause. */
    public ModelDefinitionException(String message, Throwable cause) {
        super(message, cause);
    }
}
