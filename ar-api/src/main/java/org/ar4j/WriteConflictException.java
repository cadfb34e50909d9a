package org.ar4j;


/**
 * A write the database refused because a concurrent transaction conflicted with it (a deadlock, a serialization
 * failure, a failed Galera certification, DuckDB's "Conflict on update"), so nothing of the statement was written.
 * Run the transaction again: {@code db.transaction(Retry.onConflict(n), work)} does. For the update of a record with a
 * {@code @Version} ar4j reports it as the {@link StaleRecordException} it is (someone else changed the row).
 */
public class WriteConflictException extends BackendException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception. */
    public WriteConflictException(String message, Throwable cause) {
        super(message, cause);
    }
}
