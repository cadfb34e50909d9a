package org.ar4j.tck.scenarios;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import org.ar4j.ActiveRecord;
import org.ar4j.Ar4jException;
import org.ar4j.ArgumentException;
import org.ar4j.Database;
import org.ar4j.Retry;
import org.ar4j.query.Field;
import org.ar4j.query.Selectable;
import org.ar4j.tck.TckScenario;
import org.ar4j.tck.fixtures.User;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Misuse of the public API fails with an ar4j exception that says what to pass, never a NullPointerException,
 * IllegalArgumentException, IllegalStateException or ArithmeticException from inside, and changes nothing.
 */
@Tag("bad-input")
class ForeignExceptionsTest extends TckScenario {

    @Test
    @DisplayName("null and out-of-range arguments to Retry, queries, schema, fields and the builder are ArgumentExceptions")
    void nullsAndRanges() {
        new User("keep").save();
        assertThatThrownBy(() -> Retry.onConflict(2).backoff(null, Duration.ofSeconds(1)))
                .isInstanceOf(ArgumentException.class).hasMessageContaining("first wait");
        assertThatThrownBy(() -> Retry.onConflict(2).backoff(Duration.ofMillis(1), Duration.ofDays(73_000)))
                .isInstanceOf(ArgumentException.class).hasMessageContaining("PT1H");
        assertThatThrownBy(() -> User.query().select((Selectable<?>) null)).isInstanceOf(ArgumentException.class)
                .hasMessageContaining("null field");
        assertThatThrownBy(() -> db.query(null)).isInstanceOf(ArgumentException.class)
                .hasMessageContaining("model's class");
        assertThatThrownBy(() -> ActiveRecord.find(null, 1)).isInstanceOf(ArgumentException.class)
                .hasMessageContaining("model's class");
        assertThatThrownBy(() -> db.schema().validate((Class<?>) null)).isInstanceOf(ArgumentException.class);
        assertThatThrownBy(() -> db.schema().create((Class<?>[]) null)).isInstanceOf(ArgumentException.class)
                .hasMessageContaining("array of model classes");
        assertThatThrownBy(() -> Field.of(null, "title", String.class)).isInstanceOf(ArgumentException.class);
        Field<User, Integer> wrong = Field.of(User.class, "username", Integer.class);
        assertThatThrownBy(() -> User.query().select(wrong).tuples()).isInstanceOf(ArgumentException.class)
                .hasMessageContaining("User.username is String");
        assertThatThrownBy(() -> Database.connect(null)).isInstanceOf(ArgumentException.class)
                .hasMessageContaining("Database.connect()");
        assertThatThrownBy(() -> Database.builder().clock(null)).isInstanceOf(ArgumentException.class);
        assertThatThrownBy(() -> Database.builder().property(null, null)).isInstanceOf(ArgumentException.class);
        assertThatThrownBy(() -> Database.builder().property("pool.maxSize", null)).isInstanceOf(ArgumentException.class)
                .hasMessageContaining("pool.maxSize");
        assertThat(User.query().pluck("username", String.class)).containsExactly("keep");
    }

    @Test
    @DisplayName("a thread binding closed on another thread is an ar4j exception naming both threads")
    void bindingClosedElsewhere() throws Exception {
        Database.Binding binding = db.bindToThread();
        try {
            CompletableFuture<Throwable> other = CompletableFuture.supplyAsync(() -> {
                try {
                    binding.close();
                    return null;
                } catch (Throwable t) {
                    return t;
                }
            });
            assertThat(other.get()).isInstanceOf(Ar4jException.class).hasMessageContaining("thread that bound it");
        } catch (ExecutionException e) {
            throw new AssertionError(e);
        } finally {
            binding.close();
        }
    }
}
