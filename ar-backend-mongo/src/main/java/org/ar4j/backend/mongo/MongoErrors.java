package org.ar4j.backend.mongo;

import java.util.ArrayList;
import java.util.List;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoException;
import com.mongodb.MongoWriteException;

import org.ar4j.BackendException;
import org.ar4j.ConstraintViolationException;
import org.ar4j.TransactionOutcomeUnknownException;
import org.ar4j.WriteConflictException;
import org.ar4j.spi.IndexSpec;
import org.ar4j.spi.TableSpec;

/**
 * MongoDB's errors as ar4j's: duplicate keys (code 11000) as {@link ConstraintViolationException}s naming the fields;
 * write conflicts (code 112, or the {@code TransientTransactionError} label) as {@link WriteConflictException}, which
 * {@code Retry} reruns; a commit labelled {@code UnknownTransactionCommitResult} as
 * {@link TransactionOutcomeUnknownException}, which it never reruns.
 */
final class MongoErrors {
    static final int DUPLICATE_KEY = 11000;
    static final int WRITE_CONFLICT = 112;

    private MongoErrors() {
    }

    /**
     * A failed command as ar4j's exception: {@code what} (for example {@code "find on notes"}) failed on mongo, with
     * {@code detail} appended; a conflict or an unknown commit outcome as its own kind (see the class comment).
     */
    static BackendException failure(String what, RuntimeException e, String detail, boolean commit) {
        BackendException known = classified(what, e, commit);
        return known != null ? known : new BackendException(what + " failed on mongo: " + e.getMessage() + detail, e);
    }

    /** What a failed command means to ar4j, or null for a failure that is only a {@code BackendException}. */
    private static BackendException classified(String what, RuntimeException e, boolean commit) {
        if (!(e instanceof MongoException m)) {
            return null;
        }
        if (commit && m.hasErrorLabel(MongoException.UNKNOWN_TRANSACTION_COMMIT_RESULT_LABEL)) {
            return new TransactionOutcomeUnknownException(what + " on mongo ended without an answer, so whether the"
                    + " transaction was committed is unknown; read the data back before retrying: " + m.getMessage(), m);
        }
        if (m.getCode() == WRITE_CONFLICT || m.hasErrorLabel(MongoException.TRANSIENT_TRANSACTION_ERROR_LABEL)) {
            return new WriteConflictException(what + " on mongo conflicted with a concurrent transaction: "
                    + m.getMessage() + "; run the transaction again (Retry.onConflict)", m);
        }
        return null;
    }

    static ConstraintViolationException violation(RuntimeException e, TableSpec t) {
        int code = -1;
        String message = e.getMessage();
        if (e instanceof MongoWriteException w) {
            code = w.getError().getCode();
            message = w.getError().getMessage();
        } else if (e instanceof MongoBulkWriteException b && !b.getWriteErrors().isEmpty()) {
            code = b.getWriteErrors().get(0).getCode();
            message = b.getWriteErrors().get(0).getMessage();
        }
        if (code != DUPLICATE_KEY) {
            return null;
        }
        List<String> fields = new ArrayList<>();
        for (IndexSpec ix : MongoSchema.indexesOf(t)) {
            if (ix.unique() && message != null && message.contains(ix.name())) {
                ix.columns().forEach(c -> fields.add(t.describe(c)));
            }
        }
        if (fields.isEmpty() && message != null && message.contains("_id_") && t.hasSingleKey()) {
            fields.add(t.describe(t.primaryKey().name()));
        }
        String what = fields.isEmpty() ? t.model() : String.join(", ", fields);
        return new ConstraintViolationException(ConstraintViolationException.Kind.UNIQUE, fields,
                "Duplicate value for " + what + ": a " + t.model() + " with the same value is already stored ("
                        + message + ")", e);
    }
}
