package org.ar4j.tck.scenarios;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.ar4j.ArgumentException;
import org.ar4j.Capability;
import org.ar4j.LockConflictException;
import org.ar4j.QueryEvent;
import org.ar4j.QueryListener;
import org.ar4j.Retry;
import org.ar4j.StaleRecordException;
import org.ar4j.TransactionOutcomeUnknownException;
import org.ar4j.query.Where;
import org.ar4j.UnsupportedCapabilityException;
import org.ar4j.tck.CapabilityGate;
import org.ar4j.tck.TckScenario;
import org.ar4j.tck.fixtures.Account;
import org.ar4j.tck.fixtures.Job;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Retry.onConflict: a transaction run again after a conflict, with the failed attempt's records restored. */
@Tag("retry")
class RetryTest extends TckScenario {

    private Stream<DynamicTest> gated(String name, Executable run) {
        return CapabilityGate.scenario(db, Capability.TRANSACTIONS, name, run,
                () -> assertThatThrownBy(() -> db.transaction(Retry.onConflict(3), () -> new Account("x", 1).save()))
                        .isInstanceOf(UnsupportedCapabilityException.class));
    }

    private List<QueryEvent> retries() {
        List<QueryEvent> seen = new CopyOnWriteArrayList<>();
        QueryListener l = e -> {
            if (e.isRetry()) {
                seen.add(e);
            }
        };
        db.addQueryListener(l);
        return seen;
    }

    /** Writes a balance through the observer database: another application's committed write. */
    private void elsewhere(long id, long balance) {
        Account other = observer().query(Account.class).whereId(id).one();
        other.balance = balance;
        other.save();
    }

    @TestFactory
    Stream<DynamicTest> staleVersionIsRetried() {
        return gated("a forced conflict (a row changed since it was read) is retried; the second run reads the"
                + " other write and commits; the listener sees the retry", () -> {
            Account stored = new Account("ann", 100).save();
            Account early = Account.query(Account.class).whereId(stored.id).one();
            elsewhere(stored.id, 150); // a concurrent writer, through another connection
            List<QueryEvent> seen = retries();
            AtomicInteger runs = new AtomicInteger();
            db.transaction(Retry.onConflict(3).backoff(java.time.Duration.ZERO, java.time.Duration.ZERO), () -> {
                Account a = runs.incrementAndGet() == 1 ? early : Account.query(Account.class).whereId(stored.id).one();
                a.balance = a.balance + 10;
                a.save();
            });
            assertThat(runs.get()).isEqualTo(2);
            assertThat(seen).singleElement().satisfies(e -> {
                assertThat(e.text()).contains("attempt 2 of 3");
                assertThat(e.outcome().failure()).isInstanceOf(StaleRecordException.class);
            });
            assertThat(observer().query(Account.class).whereId(stored.id).one().balance).isEqualTo(160);
            assertThat(early.changedFields()).as("the failed attempt's record is restored, its change pending")
                    .containsExactly("balance");
        });
    }

    @TestFactory
    Stream<DynamicTest> onlyConflictsAreRetried() {
        return gated("other failures are thrown at once; exhausted attempts throw the conflict; nothing is written;"
                + " a retry inside a transaction is refused; an unknown commit outcome is never retried", () -> {
            Account stored = new Account("bob", 5).save();
            AtomicInteger runs = new AtomicInteger();
            assertThatThrownBy(() -> db.transaction(Retry.onConflict(5), () -> {
                runs.incrementAndGet();
                Account a = Account.query(Account.class).whereId(stored.id).one();
                a.balance = 6;
                a.save();
                throw new IllegalStateException("not a conflict");
            })).hasMessageContaining("not a conflict");
            assertThat(runs.get()).isEqualTo(1);
            Account early = Account.query(Account.class).whereId(stored.id).one();
            elsewhere(stored.id, 7);
            runs.set(0);
            assertThatThrownBy(() -> db.transaction(Retry.onConflict(2).backoff(java.time.Duration.ZERO,
                    java.time.Duration.ZERO), () -> {
                runs.incrementAndGet();
                early.balance = 99;
                early.save();   // stale every time: the work never rereads
            })).isInstanceOf(StaleRecordException.class);
            assertThat(runs.get()).isEqualTo(2);
            assertThat(observer().query(Account.class).whereId(stored.id).one().balance).isEqualTo(7);
            assertThatThrownBy(() -> db.transaction(() -> db.transaction(Retry.onConflict(2), () -> { })))
                    .isInstanceOf(ArgumentException.class).hasMessageContaining("outermost");
            // a commit whose outcome is unknown may have been applied: never run again, even with a conflict inside
            runs.set(0);
            assertThatThrownBy(() -> db.transaction(Retry.onConflict(5), () -> {
                runs.incrementAndGet();
                throw new TransactionOutcomeUnknownException("connection lost during COMMIT",
                        new StaleRecordException("a conflict under it"));
            })).isInstanceOf(TransactionOutcomeUnknownException.class);
            assertThat(runs.get()).as("an unknown outcome is not retried").isEqualTo(1);
        });
    }

    @TestFactory
    Stream<DynamicTest> recordsReadBeforeTheWorkAreNotRetried() {
        return gated("work that saved a record read before the transaction is not run again (its change would apply"
                + " twice); work that reads what it changes is, and applies it once", () -> {
            Account outside = new Account("olga", 10).save();
            Account other = new Account("pete", 0).save();
            Account otherEarly = Account.query(Account.class).whereId(other.id).one();
            elsewhere(other.id, 1);
            AtomicInteger runs = new AtomicInteger();
            java.time.Duration zero = java.time.Duration.ZERO;
            assertThatThrownBy(() -> db.transaction(Retry.onConflict(3).backoff(zero, zero), () -> {
                runs.incrementAndGet();
                outside.balance = outside.balance + 5;
                outside.save();
                otherEarly.balance = 9;
                otherEarly.save(); // stale: a conflict after the first save
            })).isInstanceOf(org.ar4j.TransactionRolledBackException.class)
                    .hasMessageContaining("Account " + outside.id).hasMessageContaining("read before the transaction began")
                    .hasCauseInstanceOf(StaleRecordException.class);
            assertThat(runs.get()).isEqualTo(1);
            assertThat(observer().query(Account.class).whereId(outside.id).one().balance).isEqualTo(10);
            assertThat(outside.balance).as("the work's change, pending again").isEqualTo(15);
            assertThat(outside.changedFields()).containsExactly("balance");

            Account otherAgain = Account.query(Account.class).whereId(other.id).one();
            elsewhere(other.id, 2);
            runs.set(0);
            db.transaction(Retry.onConflict(3).backoff(zero, zero), () -> {
                Account o = Account.query(Account.class).whereId(outside.id).one();
                o.balance = o.balance + 5;
                o.save();
                Account x = runs.incrementAndGet() == 1 ? otherAgain : Account.query(Account.class).whereId(other.id).one();
                x.balance = 9;
                x.save();
            });
            assertThat(runs.get()).isEqualTo(2);
            assertThat(observer().query(Account.class).whereId(outside.id).one().balance).as("applied once").isEqualTo(15);
        });
    }

    @TestFactory
    Stream<DynamicTest> concurrentIncrementsLoseNothing() {
        return gated("4 threads x 10 read-increment-write transactions on one versioned row with Retry.onConflict:"
                + " the balance ends at 40, every increment acknowledged once", () -> {
            Account stored = new Account("counter", 0).save();
            ExecutorService pool = Executors.newFixedThreadPool(4);
            AtomicInteger acknowledged = new AtomicInteger();
            try {
                List<Future<?>> done = new ArrayList<>();
                for (int t = 0; t < 4; t++) {
                    done.add(pool.submit(() -> {
                        for (int i = 0; i < 10; i++) {
                            db.transaction(Retry.onConflict(50), () -> {
                                Account a = Account.query(Account.class).whereId(stored.id).one();
                                a.balance = a.balance + 1;
                                a.save();
                            });
                            acknowledged.incrementAndGet();
                        }
                        return null;
                    }));
                }
                for (Future<?> f : done) {
                    f.get(120, TimeUnit.SECONDS);
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(acknowledged.get()).isEqualTo(40);
            assertThat(observer().query(Account.class).whereId(stored.id).one().balance).isEqualTo(40);
        });
    }

    @TestFactory
    Stream<DynamicTest> lockConflictIsRetried() {
        return CapabilityGate.scenario(db, Capability.SKIP_LOCKED, "a backend conflict (noWait() on a row another"
                + " transaction holds) is retried once the holder commits; the failed attempt's insert is undone and"
                + " made once by the rerun", () -> {
            Job job = new Job("contended").save();
            CountDownLatch locked = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            ExecutorService pool = Executors.newSingleThreadExecutor();
            try {
                Future<?> holder = pool.submit(() -> db.transaction(() -> {
                    Job.query().whereId(job.id).forUpdate().one();
                    locked.countDown();
                    awaitLatch(release);
                }));
                assertThat(locked.await(60, TimeUnit.SECONDS)).isTrue();
                List<QueryEvent> seen = retries();
                db.addQueryListener(e -> {
                    if (e.isRetry()) {
                        release.countDown(); // the holder commits before the second attempt
                        awaitDone(holder);
                    }
                });
                AtomicInteger runs = new AtomicInteger();
                Job side = new Job("side effect");
                db.transaction(Retry.onConflict(3).backoff(java.time.Duration.ZERO, java.time.Duration.ZERO), () -> {
                    runs.incrementAndGet();
                    side.save();
                    Job j = Job.query().whereId(job.id).forUpdate().noWait().one();
                    j.claimedBy = "retried";
                    j.save();
                });
                assertThat(runs.get()).isEqualTo(2);
                assertThat(seen).singleElement().satisfies(e -> assertThat(e.outcome().failure())
                        .isInstanceOf(LockConflictException.class));
                assertThat(observer().query(Job.class).whereId(job.id).one().claimedBy).isEqualTo("retried");
                assertThat(observer().query(Job.class).where(Where.eq("title", "side effect")).count()).isEqualTo(1);
                assertThat(side.isNewRecord()).isFalse();
            } finally {
                release.countDown();
                pool.shutdownNow();
            }
        }, () -> assertThatThrownBy(() -> Job.query().forUpdate().noWait())
                .isInstanceOf(UnsupportedCapabilityException.class));
    }

    private static void awaitLatch(CountDownLatch latch) {
        try {
            assertThat(latch.await(60, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void awaitDone(Future<?> future) {
        try {
            future.get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
