package org.ar4j.spi;

import java.util.List;

import org.ar4j.BackendException;

/**
 * Thrown by {@link Backend#write(Write)} outside a transaction when the database stored the
 * first rows of a batch and refused the next one (MongoDB's ordered insert stopping at a duplicate
 * key): the stored rows stay stored, so ar-core marks their records persisted with these keys and
 * leaves the others new.
 */
public class PartialInsertException extends BackendException {
    private static final long serialVersionUID = 1L;

    /** The primary keys of the rows stored, in order: the first {@code insertedKeys.size()} rows. */
    private final transient List<Object> insertedKeys;

    /** Creates the exception. */
    public PartialInsertException(String message, Throwable cause, List<Object> insertedKeys) {
        super(message, cause);
        this.insertedKeys = List.copyOf(insertedKeys);
    }

    /** The primary keys of the rows stored, in order. */
    public List<Object> insertedKeys() {
        return insertedKeys;
    }
}
