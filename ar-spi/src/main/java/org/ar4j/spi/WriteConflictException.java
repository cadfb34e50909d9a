package org.ar4j.spi;

import org.ar4j.BackendException;

/**
 * A write the database refused because a concurrent transaction wrote the same row first (optimistic concurrency:
 * DuckDB's "Conflict on update", a serialization failure), so nothing of the statement was written. A backend
 * throws it instead of a plain {@link BackendException}; for the update of a record with a {@code @Version} ar4j
 * reports it as the {@link org.ar4j.StaleRecordException} it is (someone else changed the row), which callers
 * already retry.
 */
public class WriteConflictException extends BackendException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception. */
    public WriteConflictException(String message, Throwable cause) {
        super(message, cause);
    }
}
