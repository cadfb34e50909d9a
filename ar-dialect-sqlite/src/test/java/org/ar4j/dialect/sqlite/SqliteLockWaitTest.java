package org.ar4j.dialect.sqlite;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.ar4j.Database;
import org.ar4j.LockConflictException;
import org.ar4j.Retry;
import org.ar4j.tck.fixtures.Job;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An SQLite writer that waits past {@code sqlite.busyTimeoutMs} for the write lock another connection holds gets a
 * {@link LockConflictException} (SQLITE_BUSY is a lock wait that timed out, as MySQL's 1205 is), which
 * {@code Retry.onConflict} retries; nothing of the waiting writer is stored until its retry succeeds.
 */
class SqliteLockWaitTest {

    private static Database open(Path file, int busyMs) {
        return Database.builder().url("jdbc:sqlite:" + file).property("sqlite.busyTimeoutMs", String.valueOf(busyMs))
                .build();
    }

    @Test
    void aWriterPastTheBusyTimeoutGetsALockConflictThatRetrySolves() throws Exception {
        Path file = Files.createTempDirectory("ar4j-busy").resolve("busy.db");
        try (Database holder = open(file, 5_000); Database waiter = open(file, 150)) {
            holder.schema().create(Job.class);
            CountDownLatch locked = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            Thread hold = new Thread(() -> holder.transaction(() -> {
                holder.bind(() -> new Job("held").save());
                locked.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            hold.start();
            assertThat(locked.await(30, TimeUnit.SECONDS)).isTrue();
            assertThatThrownBy(() -> waiter.transaction(() -> waiter.bind(() -> new Job("waiting").save())))
                    .isInstanceOf(LockConflictException.class).hasMessageContaining("Retry.onConflict");
            AtomicInteger retries = new AtomicInteger();
            waiter.addQueryListener(e -> {
                if (e.isRetry()) {
                    retries.incrementAndGet();
                }
            });
            Thread releaseSoon = new Thread(() -> {
                try {
                    Thread.sleep(400);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                release.countDown();
            });
            releaseSoon.start();
            waiter.transaction(Retry.onConflict(20).backoff(Duration.ofMillis(50), Duration.ofMillis(200)), () -> {
                waiter.bind(() -> new Job("retried").save());
            });
            hold.join(30_000);
            releaseSoon.join(30_000);
            assertThat(retries.get()).as("ran again after the lock wait timed out").isPositive();
            assertThat(holder.query(Job.class).orderBy("id").pluck("title", String.class))
                    .containsExactly("held", "retried");
        }
    }
}
