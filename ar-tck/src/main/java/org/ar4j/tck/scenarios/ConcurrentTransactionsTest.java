package org.ar4j.tck.scenarios;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.ar4j.StaleRecordException;
import org.ar4j.UnsupportedCapabilityException;
import org.ar4j.Capability;
import org.ar4j.tck.CapabilityGate;
import org.ar4j.tck.TckScenario;
import org.ar4j.tck.fixtures.Account;
import org.ar4j.tck.fixtures.User;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Concurrent transactions that read before they write all commit (docs/transactions.md, rule 6):
 * on SQLite this needs the write lock taken at BEGIN; elsewhere row locks suffice.
 */
@Tag("failures")
class ConcurrentTransactionsTest extends TckScenario {
    private static final int THREADS = 8;
    private static final int PER_THREAD = 40;

    @TestFactory
    Stream<DynamicTest> readThenWriteTransactions() {
        return CapabilityGate.scenario(db, Capability.TRANSACTIONS,
                THREADS + " threads x " + PER_THREAD + " read-then-write transactions all commit", () -> {
                    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
                    try {
                        List<Future<Integer>> done = new ArrayList<>();
                        for (int t = 0; t < THREADS; t++) {
                            int thread = t;
                            done.add(pool.submit(() -> {
                                int committed = 0;
                                for (int i = 0; i < PER_THREAD; i++) {
                                    int n = i;
                                    db.transaction(() -> {
                                        long before = User.query().where("username", "t" + thread + "-" + (n - 1)).count();
                                        assertThat(before).isEqualTo(n == 0 ? 0 : 1);
                                        new User("t" + thread + "-" + n).save();
                                    });
                                    committed++;
                                }
                                return committed;
                            }));
                        }
                        int committed = 0;
                        for (Future<Integer> f : done) {
                            committed += f.get(120, TimeUnit.SECONDS);
                        }
                        assertThat(committed).isEqualTo(THREADS * PER_THREAD);
                    } finally {
                        pool.shutdownNow();
                    }
                    assertThat(observer().query(User.class).count()).isEqualTo(THREADS * PER_THREAD);
                }, () -> assertThatThrownBy(() -> db.transaction(() -> new User("x").save()))
                        .isInstanceOf(UnsupportedCapabilityException.class));
    }

    private static final int WRITERS = 4;
    private static final int INCREMENTS = 25;

    /**
     * WRITERS threads each add 1 to one balance INCREMENTS times by reading the account and saving it, in
     * {@code attempt}, retrying on StaleRecordException; returns the number of retries.
     */
    private int incrementConcurrently(long accountId, java.util.function.Consumer<Runnable> attempt) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        try {
            List<Future<Integer>> done = new ArrayList<>();
            for (int t = 0; t < WRITERS; t++) {
                done.add(pool.submit(() -> {
                    int retries = 0;
                    for (int i = 0; i < INCREMENTS; i++) {
                        while (true) {
                            try {
                                attempt.accept(() -> {
                                    Account a = db.find(Account.class, accountId).orElseThrow();
                                    a.balance = a.balance + 1;
                                    a.save();
                                });
                                break;
                            } catch (StaleRecordException lost) {
                                retries++;
                            }
                        }
                    }
                    return retries;
                }));
            }
            int retries = 0;
            for (Future<Integer> f : done) {
                retries += f.get(120, TimeUnit.SECONDS);
            }
            return retries;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @org.junit.jupiter.api.DisplayName(WRITERS + " threads x " + INCREMENTS + " read-then-write increments of one @Version"
            + " record, retried on StaleRecordException, lose no update (every backend, no transaction)")
    void versionProtectsReadThenWrite() throws Exception {
        Account account = new Account("shared", 0).save();
        incrementConcurrently(account.id, Runnable::run);
        Account stored = observer().find(Account.class, account.id).orElseThrow();
        assertThat(stored.balance).as("every increment is stored").isEqualTo(WRITERS * INCREMENTS);
        assertThat(stored.version).as("one version per stored increment").isEqualTo(1 + WRITERS * INCREMENTS);
    }

    @TestFactory
    Stream<DynamicTest> versionProtectsReadThenWriteTransactions() {
        return CapabilityGate.scenario(db, Capability.TRANSACTIONS, WRITERS + " threads x " + INCREMENTS
                + " read-then-write transactions on one @Version record, retried on StaleRecordException, lose no"
                + " update (READ COMMITTED and REPEATABLE READ alike)", () -> {
                    Account account = new Account("shared", 0).save();
                    incrementConcurrently(account.id, work -> db.transaction(work::run));
                    Account stored = observer().find(Account.class, account.id).orElseThrow();
                    assertThat(stored.balance).as("every increment is stored").isEqualTo(WRITERS * INCREMENTS);
                    assertThat(stored.version).isEqualTo(1 + WRITERS * INCREMENTS);
                }, () -> assertThatThrownBy(() -> db.transaction(() -> new User("x").save()))
                        .isInstanceOf(UnsupportedCapabilityException.class));
    }
}
