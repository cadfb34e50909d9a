package org.ar4j.backend.mongo;

import com.mongodb.MongoException;
import org.ar4j.BackendException;
import org.ar4j.TransactionOutcomeUnknownException;
import org.ar4j.WriteConflictException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How MongoDB's transaction errors reach Retry (a replica set reports them; the in-process test server has none, so
 * the driver's exceptions are built here as a server's answer would make them).
 */
class MongoErrorsTest {
    private static MongoException failure(int code, String message, String label) {
        MongoException e = new MongoException(code, message);
        if (label != null) {
            e.addLabel(label);
        }
        return e;
    }

    @Test
    void writeConflictsAreRetriableConflicts() {
        assertThat(MongoErrors.failure("update on notes", failure(112, "WriteConflict", null), "", false))
                .isInstanceOf(WriteConflictException.class).hasMessageContaining("Retry.onConflict");
        assertThat(MongoErrors.failure("find on notes", failure(251, "NoSuchTransaction",
                MongoException.TRANSIENT_TRANSACTION_ERROR_LABEL), "", false)).isInstanceOf(WriteConflictException.class);
        assertThat(MongoErrors.failure("commitTransaction", failure(112, "WriteConflict",
                MongoException.TRANSIENT_TRANSACTION_ERROR_LABEL), "", true)).isInstanceOf(WriteConflictException.class);
    }

    @Test
    void aCommitWithoutAnswerHasAnUnknownOutcomeAndOtherFailuresStayBackendFailures() {
        assertThat(MongoErrors.failure("commitTransaction", failure(91, "ShutdownInProgress",
                MongoException.UNKNOWN_TRANSACTION_COMMIT_RESULT_LABEL), "", true))
                .isInstanceOf(TransactionOutcomeUnknownException.class).hasMessageContaining("unknown");
        assertThat(MongoErrors.failure("insert on notes", failure(2, "BadValue", null), " [insert notes]", false))
                .isExactlyInstanceOf(BackendException.class)
                .hasMessage("insert on notes failed on mongo: BadValue [insert notes]");
        assertThat(MongoErrors.failure("find on notes", new IllegalStateException("not mongo"), "", false))
                .isExactlyInstanceOf(BackendException.class).hasMessage("find on notes failed on mongo: not mongo");
        assertThat(MongoErrors.failure("insert on notes", failure(112, "WriteConflict", null), "", true))
                .as("a conflict at commit is a conflict, not an unknown outcome").isInstanceOf(WriteConflictException.class);
    }
}
