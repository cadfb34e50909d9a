package org.ar4j.tck.scenarios;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.ar4j.UnsupportedCapabilityException;
import org.ar4j.spi.Capability;
import org.ar4j.tck.CapabilityGate;
import org.ar4j.tck.TckScenario;
import org.ar4j.tck.fixtures.User;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
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
}
