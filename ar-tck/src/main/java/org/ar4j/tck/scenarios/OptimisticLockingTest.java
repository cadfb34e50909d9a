package org.ar4j.tck.scenarios;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.ar4j.ActiveRecord;
import org.ar4j.StaleRecordException;
import org.ar4j.tck.TckScenario;
import org.ar4j.tck.fixtures.Account;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import java.util.Map;
import org.ar4j.QueryException;

/** Optimistic locking with {@code @Version}: lost updates are reported, never hidden. */
@Tag("reliability")
class OptimisticLockingTest extends TckScenario {

    @Test
    @DisplayName("insert starts the version at 1 and each changing update adds 1")
    void versionCounts() {
        Account a = new Account("ann", 10).save();
        assertThat(a.version).isEqualTo(1);
        a.balance = 20;
        a.save();
        assertThat(a.version).isEqualTo(2);
        a.save();
        assertThat(a.version).as("a save without changes writes nothing").isEqualTo(2);
        assertThat(ActiveRecord.findOrFail(Account.class, a.id).version).isEqualTo(2);
    }

    @Test
    @DisplayName("a stale copy's update throws StaleRecordException and writes nothing")
    void staleUpdateRejected() {
        Account a = new Account("bob", 100).save();
        Account copy1 = ActiveRecord.findOrFail(Account.class, a.id);
        Account copy2 = ActiveRecord.findOrFail(Account.class, a.id);
        copy1.balance = 150;
        copy1.save();
        copy2.balance = 50;
        assertThatThrownBy(copy2::save)
                .isInstanceOf(StaleRecordException.class)
                .hasMessageContaining("Account with id " + a.id)
                .hasMessageContaining("changed by someone else")
                .hasMessageContaining("nothing was written");
        assertThat(copy2.version).as("the stale copy keeps its version").isEqualTo(1);
        Account stored = ActiveRecord.findOrFail(Account.class, a.id);
        assertThat(stored.balance).isEqualTo(150);
        assertThat(stored.version).isEqualTo(2);
        copy2.reload();
        copy2.balance = 60;
        copy2.save();
        assertThat(ActiveRecord.findOrFail(Account.class, a.id).balance).isEqualTo(60);
    }

    @Test
    @DisplayName("a stale copy's delete throws StaleRecordException and deletes nothing")
    void staleDeleteRejected() {
        Account a = new Account("cy", 1).save();
        Account copy = ActiveRecord.findOrFail(Account.class, a.id);
        a.balance = 2;
        a.save();
        assertThatThrownBy(copy::delete).isInstanceOf(StaleRecordException.class);
        assertThat(ActiveRecord.exists(Account.class, a.id)).isTrue();
    }

    @Test
    @DisplayName("updating a record deleted meanwhile says it was deleted")
    void updateOfDeletedRecord() {
        Account a = new Account("dee", 1).save();
        Account copy = ActiveRecord.findOrFail(Account.class, a.id);
        a.delete();
        copy.balance = 5;
        assertThatThrownBy(copy::save).isInstanceOf(StaleRecordException.class).hasMessageContaining("deleted");
        assertThat(ActiveRecord.exists(Account.class, a.id)).isFalse();
    }

    @Test
    @DisplayName("8 threads x 1,000 increments with retry on conflict lose no update")
    void concurrentIncrementsLoseNothing() throws Exception {
        Account a = new Account("shared", 0).save();
        int threads = 8;
        int perThread = 1_000;
        AtomicLong conflicts = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    Account mine = ActiveRecord.findOrFail(Account.class, a.id);
                    for (int i = 0; i < perThread; i++) {
                        while (true) {
                            mine.balance += 1;
                            try {
                                mine.save();
                                break;
                            } catch (StaleRecordException e) {
                                conflicts.incrementAndGet();
                                mine.reload();
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get(5, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        Account stored = ActiveRecord.findOrFail(Account.class, a.id);
        System.out.println("[ar4j-tck] " + db.backendName() + ": " + threads * perThread + " increments, "
                + conflicts.get() + " conflicts detected and retried");
        assertThat(stored.balance).isEqualTo((long) threads * perThread);
        assertThat(stored.version).isEqualTo(1L + threads * perThread);
    }

    @Test
    @DisplayName("updateAll increments the version of every row it changes, so a copy loaded before it cannot overwrite it")
    void updateAllBumpsVersions() {
        Account a = new Account("ann", 10).save();
        Account b = new Account("bob", 20).save();
        Account stale = ActiveRecord.findOrFail(Account.class, a.id);
        long changed = ActiveRecord.query(Account.class).where("owner", "ann").updateAll(Map.of("balance", 0L));
        assertThat(changed).isEqualTo(1);
        assertThat(observer().find(Account.class, a.id).orElseThrow().version).isEqualTo(2);
        assertThat(observer().find(Account.class, b.id).orElseThrow().version).as("rows not matched keep theirs")
                .isEqualTo(1);
        stale.balance = 99;
        assertThatThrownBy(stale::save).isInstanceOf(StaleRecordException.class);
        Account row = observer().find(Account.class, a.id).orElseThrow();
        assertThat(row.balance).as("the bulk update stands").isZero();
        assertThat(row.version).isEqualTo(2);
        stale.reload();
        stale.balance = 5;
        stale.save();
        assertThat(observer().find(Account.class, a.id).orElseThrow().version).isEqualTo(3);
    }

    @Test
    @DisplayName("updateAll refuses to set the version field, before any statement")
    void updateAllRefusesTheVersion() {
        Account a = new Account("ann", 10).save();
        queries.reset();
        assertThatThrownBy(() -> ActiveRecord.query(Account.class).updateAll(Map.of("version", 7L)))
                .isInstanceOf(QueryException.class).hasMessageContaining("Account.version")
                .hasMessageContaining("@Version");
        assertThat(queries.count()).isZero();
        assertThat(observer().find(Account.class, a.id).orElseThrow().version).isEqualTo(1);
    }
}
