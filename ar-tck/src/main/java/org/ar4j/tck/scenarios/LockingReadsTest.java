package org.ar4j.tck.scenarios;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.ar4j.Capability;
import org.ar4j.LockConflictException;
import org.ar4j.QueryException;
import org.ar4j.UnsupportedCapabilityException;
import org.ar4j.query.Query;
import org.ar4j.tck.CapabilityGate;
import org.ar4j.tck.TckScenario;
import org.ar4j.tck.fixtures.Job;
import org.ar4j.tck.fixtures.Job_;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Locking reads: forUpdate/forShare hold row locks until the transaction ends; skipLocked and noWait do not wait. */
@Tag("locking")
class LockingReadsTest extends TckScenario {

    private static <T> T await(Future<T> f) throws Exception {
        return f.get(60, TimeUnit.SECONDS);
    }

    @TestFactory
    @DisplayName("a locking read needs a transaction and rows to lock")
    Stream<DynamicTest> refusedOutsideTransactions() {
        return CapabilityGate.scenario(db, Capability.LOCKING_READS,
                "forUpdate() outside a transaction, on count() or without forUpdate() is refused naming the fix", () -> {
                    new Job("a").save();
                    assertThatThrownBy(() -> Job.query().forUpdate().all()).isInstanceOf(QueryException.class)
                            .hasMessageContaining("outside a transaction").hasMessageContaining("db.transaction");
                    db.transaction(() -> {
                        assertThatThrownBy(() -> Job.query().forUpdate().count()).isInstanceOf(QueryException.class)
                                .hasMessageContaining("count()");
                        assertThat(Job.query().forShare().all()).hasSize(1);
                    });
                    assertThatThrownBy(() -> Job.query().skipLocked()).isInstanceOf(QueryException.class)
                            .hasMessageContaining("forUpdate()");
                }, () -> assertThatThrownBy(() -> Job.query().forUpdate())
                        .isInstanceOf(UnsupportedCapabilityException.class).hasMessageContaining("LOCKING_READS"));
    }

    @TestFactory
    @DisplayName("increments under forUpdate lose nothing")
    Stream<DynamicTest> noLostUpdates() {
        return CapabilityGate.scenario(db, Capability.LOCKING_READS,
                "4 threads x 10 read-increment-write transactions with forUpdate(): the counter ends at 40", () -> {
                    Job job = new Job("counter").save();
                    ExecutorService pool = Executors.newFixedThreadPool(4);
                    try {
                        List<Future<Object>> done = new ArrayList<>();
                        for (int t = 0; t < 4; t++) {
                            done.add(pool.submit(() -> {
                                for (int i = 0; i < 10; i++) {
                                    db.transaction(() -> {
                                        Job j = Job.query().whereId(job.id).forUpdate().one();
                                        j.attempts = j.attempts + 1;
                                        j.save();
                                    });
                                }
                                return null;
                            }));
                        }
                        for (Future<Object> f : done) {
                            await(f);
                        }
                    } finally {
                        pool.shutdownNow();
                    }
                    assertThat(observer().query(Job.class).whereId(job.id).one().attempts).isEqualTo(40);
                }, () -> assertThatThrownBy(() -> Job.query().forUpdate())
                        .isInstanceOf(UnsupportedCapabilityException.class));
    }

    @TestFactory
    @DisplayName("workers claim jobs with forUpdate().skipLocked().limit(1)")
    Stream<DynamicTest> claimEachJobOnce() {
        return CapabilityGate.scenario(db, Capability.SKIP_LOCKED,
                "4 workers claim 40 jobs with forUpdate().skipLocked().limit(1): every job claimed exactly once", () -> {
                    for (int i = 0; i < 40; i++) {
                        new Job("job" + i).save();
                    }
                    Map<Long, String> claims = new ConcurrentHashMap<>();
                    ExecutorService pool = Executors.newFixedThreadPool(4);
                    try {
                        List<Future<Integer>> done = new ArrayList<>();
                        for (int t = 0; t < 4; t++) {
                            String worker = "w" + t;
                            done.add(pool.submit(() -> work(worker, claims)));
                        }
                        int total = 0;
                        for (Future<Integer> f : done) {
                            total += await(f);
                        }
                        assertThat(total).isEqualTo(40);
                    } finally {
                        pool.shutdownNow();
                    }
                    assertThat(claims).hasSize(40);
                    List<Job> stored = observer().query(Job.class).all();
                    assertThat(stored).allSatisfy(j -> assertThat(j.claimedBy).isEqualTo(claims.get(j.id)));
                    assertThat(stored).allSatisfy(j -> assertThat(j.attempts).isEqualTo(1));
                }, () -> assertThatThrownBy(() -> Job.query().forUpdate().skipLocked())
                        .isInstanceOf(UnsupportedCapabilityException.class)
                        .hasMessageMatching("(?s).*(SKIP_LOCKED|LOCKING_READS).*"));
    }

    private int work(String worker, Map<Long, String> claims) {
        int claimed = 0;
        while (true) {
            Optional<Job> next = db.inTransaction(() -> {
                Query<Job> q = Job.query().where(Job_.claimedBy.isNull()).orderBy(Job_.id.asc());
                Optional<Job> j = q.forUpdate().skipLocked().limit(1).first();
                j.ifPresent(job -> {
                    job.claimedBy = worker;
                    job.attempts = job.attempts + 1;
                    job.save();
                });
                return j;
            });
            if (next.isEmpty()) {
                return claimed;
            }
            String before = claims.putIfAbsent(next.get().id, worker);
            assertThat(before).as("job %d claimed twice", next.get().id).isNull();
            claimed++;
        }
    }

    @TestFactory
    @DisplayName("noWait() on a locked row fails at once with LockConflictException")
    Stream<DynamicTest> noWaitConflict() {
        return CapabilityGate.scenario(db, Capability.SKIP_LOCKED,
                "noWait() on a row another transaction locked: LockConflictException, nothing written, a retry after"
                        + " the lock ends succeeds", () -> {
                    Job job = new Job("locked").save();
                    CountDownLatch locked = new CountDownLatch(1);
                    CountDownLatch release = new CountDownLatch(1);
                    ExecutorService pool = Executors.newSingleThreadExecutor();
                    try {
                        Future<Object> holder = pool.submit(() -> {
                            db.transaction(() -> {
                                Job.query().whereId(job.id).forUpdate().one();
                                locked.countDown();
                                try {
                                    release.await(60, TimeUnit.SECONDS);
                                } catch (InterruptedException e) {
                                    Thread.currentThread().interrupt();
                                }
                            });
                            return null;
                        });
                        assertThat(locked.await(60, TimeUnit.SECONDS)).isTrue();
                        assertThatThrownBy(() -> db.transaction(() -> {
                            Job j = Job.query().whereId(job.id).forUpdate().noWait().one();
                            j.claimedBy = "intruder";
                            j.save();
                        })).isInstanceOf(LockConflictException.class).hasMessageContaining("locked");
                        release.countDown();
                        await(holder);
                    } finally {
                        release.countDown();
                        pool.shutdownNow();
                    }
                    assertThat(observer().query(Job.class).whereId(job.id).one().claimedBy).isNull();
                    db.transaction(() -> {
                        Job j = Job.query().whereId(job.id).forUpdate().noWait().one();
                        j.claimedBy = "second try";
                        j.save();
                    });
                    assertThat(observer().query(Job.class).whereId(job.id).one().claimedBy).isEqualTo("second try");
                }, () -> assertThatThrownBy(() -> Job.query().forUpdate().noWait())
                        .isInstanceOf(UnsupportedCapabilityException.class));
    }
}
