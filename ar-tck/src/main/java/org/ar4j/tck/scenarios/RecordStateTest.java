package org.ar4j.tck.scenarios;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;

import org.ar4j.ActiveRecord;
import org.ar4j.BackendException;
import org.ar4j.UnsupportedCapabilityException;
import org.ar4j.Capability;
import org.ar4j.tck.CapabilityGate;
import org.ar4j.tck.TckScenario;
import org.ar4j.tck.fixtures.Account;
import org.ar4j.tck.fixtures.Gadget;
import org.ar4j.tck.fixtures.User;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Records follow the data (docs/transactions.md, rule 4): after a rollback a record is as it was
 * before, so a retry writes; where nothing was rolled back it describes what is stored. Each scenario
 * compares the record with the row read through a second database.
 */
@Tag("failures")
class RecordStateTest extends TckScenario {
    private static final String[] HOOKS = {"beforeSave", "beforeCreate", "afterCreate", "afterSave", "beforeUpdate",
        "afterUpdate", "beforeDelete", "afterDelete"};

    private void refusesTransactions() {
        assertThatThrownBy(() -> db.transaction(() -> new User("x").save()))
                .isInstanceOf(UnsupportedCapabilityException.class).hasMessageContaining("TRANSACTIONS");
    }

    private Optional<Gadget> stored(Long id) {
        return id == null ? Optional.empty() : observer().find(Gadget.class, id);
    }

    /**
     * The invariant every failure path must keep: a record says it is persisted exactly when its row
     * exists under its id, and it has no pending change exactly when the row holds its values.
     */
    private void assertDescribesTheData(Gadget g, String context) {
        Optional<Gadget> row = stored(g.id);
        if (g.isNewRecord()) {
            assertThat(row).as(context + ": a new (or deleted) record has no row under its id").isEmpty();
            return;
        }
        assertThat(row).as(context + ": a persisted record has its row").isPresent();
        boolean same = row.get().name.equals(g.name) && row.get().price == g.price;
        assertThat(g.changedFields().isEmpty()).as(context + ": no pending change exactly when the row matches (row "
                + row.get().name + "/" + row.get().price + ", record " + g.name + "/" + g.price + ")").isEqualTo(same);
    }

    private void exercise(String hook, Gadget g) {
        switch (hook) {
            case "beforeSave", "beforeCreate", "afterCreate", "afterSave" -> {
                if (hook.equals("beforeSave") || hook.equals("afterSave")) {
                    // also through an update of a stored record
                    Gadget stored = new Gadget("stored-" + hook, 1).save();
                    stored.price = 2;
                    stored.failIn = hook;
                    assertThatThrownBy(stored::save).isInstanceOf(IllegalStateException.class);
                    assertDescribesTheData(stored, hook + " on update");
                }
                g.failIn = hook;
                assertThatThrownBy(g::save).isInstanceOf(IllegalStateException.class);
            }
            case "beforeUpdate", "afterUpdate" -> {
                g.save();
                g.price = 7;
                g.failIn = hook;
                assertThatThrownBy(g::save).isInstanceOf(IllegalStateException.class);
            }
            default -> {
                g.save();
                g.failIn = hook;
                assertThatThrownBy(g::delete).isInstanceOf(IllegalStateException.class);
            }
        }
    }

    @Test
    @DisplayName("an exception from each of the eight hooks, outside a transaction: the record describes the stored row")
    void everyHookOutsideATransaction() {
        for (String hook : HOOKS) {
            Gadget g = new Gadget("g-" + hook, 1);
            exercise(hook, g);
            assertDescribesTheData(g, hook);
            if (db.supports(Capability.TRANSACTIONS) && hook.startsWith("after")) {
                assertThat(g.calls).as(hook + " ran after the write, which was rolled back").anyMatch(c -> c.startsWith(hook));
            }
            // a retry with the hook fixed writes exactly once and leaves the record matching its row
            g.failIn = null;
            if (hook.endsWith("Delete")) {
                if (!g.isNewRecord()) {
                    g.delete();
                }
                assertThat(stored(g.id)).as(hook + ": deleted on retry").isEmpty();
            } else {
                g.save();
                assertDescribesTheData(g, hook + " retry");
                assertThat(observer().query(Gadget.class).where("name", g.name).count()).as(hook + ": one row").isEqualTo(1);
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> everyHookInsideATransactionThatRollsBack() {
        return CapabilityGate.scenario(db, Capability.TRANSACTIONS,
                "an exception from each of the eight hooks rolls back the transaction; every record is as before it", () -> {
                    for (String hook : HOOKS) {
                        Gadget g = new Gadget("t-" + hook, 1);
                        boolean stored = hook.contains("Update") || hook.contains("Delete");
                        if (stored) {
                            g.save();
                        }
                        Long idBefore = g.id;
                        assertThatThrownBy(() -> db.transaction(() -> {
                            g.failIn = null;
                            switch (hook) {
                                case "beforeUpdate", "afterUpdate" -> {
                                    g.price = 7;
                                    g.failIn = hook;
                                    g.save();
                                }
                                case "beforeDelete", "afterDelete" -> {
                                    g.failIn = hook;
                                    g.delete();
                                }
                                default -> {
                                    g.failIn = hook;
                                    g.save();
                                }
                            }
                        })).isInstanceOf(IllegalStateException.class);
                        assertThat(g.isNewRecord()).as(hook).isEqualTo(!stored);
                        assertThat(g.id).as(hook).isEqualTo(idBefore);
                        assertDescribesTheData(g, hook + " in a transaction");
                        if (hook.contains("Update")) {
                            assertThat(g.changedFields()).as(hook + ": the change is pending again").contains("price");
                        }
                    }
                }, this::refusesTransactions);
    }

    @TestFactory
    Stream<DynamicTest> retryAfterRollbackWritesOnce() {
        return CapabilityGate.scenario(db, Capability.TRANSACTIONS,
                "save() after a rolled-back insert inserts exactly once", () -> {
                    User u = new User("retry");
                    assertThatThrownBy(() -> db.transaction(() -> {
                        u.save();
                        assertThat(u.id).isNotNull();
                        throw new IllegalStateException("abort");
                    })).isInstanceOf(IllegalStateException.class);
                    assertThat(u.isNewRecord()).isTrue();
                    assertThat(u.id).isNull();
                    queries.reset();
                    u.save();
                    assertThat(queries.events()).filteredOn(e -> !e.isRead()).as("one write").hasSize(1);
                    assertThat(observer().query(User.class).pluck("id", Long.class)).containsExactly(u.id);
                    assertThat(u.changedFields()).isEmpty();
                }, this::refusesTransactions);
    }

    @TestFactory
    Stream<DynamicTest> changesArePendingAgainAfterRollback() {
        return CapabilityGate.scenario(db, Capability.TRANSACTIONS,
                "an update rolled back leaves its changes pending, so save() writes them", () -> {
                    User u = new User("pending").save();
                    u.email = "new@example.com";
                    assertThatThrownBy(() -> db.transaction(() -> {
                        u.save();
                        assertThat(u.changedFields()).isEmpty();
                        throw new IllegalStateException("abort");
                    })).isInstanceOf(IllegalStateException.class);
                    assertThat(u.changedFields()).containsExactly("email");
                    assertThat(observer().find(User.class, u.id).orElseThrow().email).isEqualTo("pending@example.com");
                    u.save();
                    assertThat(observer().find(User.class, u.id).orElseThrow().email).isEqualTo("new@example.com");
                }, this::refusesTransactions);
    }

    @TestFactory
    Stream<DynamicTest> versionedRecordAfterRollbackSaves() {
        return CapabilityGate.scenario(db, Capability.TRANSACTIONS,
                "a versioned record saved in a rolled-back transaction saves afterwards without a false conflict", () -> {
                    Account a = new Account("ann", 10).save();
                    assertThat(a.version).isEqualTo(1);
                    a.balance = 20;
                    assertThatThrownBy(() -> db.transaction(() -> {
                        a.save();
                        assertThat(a.version).isEqualTo(2);
                        throw new IllegalStateException("abort");
                    })).isInstanceOf(IllegalStateException.class);
                    assertThat(a.version).as("the version is the stored one again").isEqualTo(1);
                    a.save();
                    Account row = observer().find(Account.class, a.id).orElseThrow();
                    assertThat(row.balance).isEqualTo(20);
                    assertThat(row.version).isEqualTo(2);
                    assertThat(a.version).isEqualTo(2);
                }, this::refusesTransactions);
    }

    @TestFactory
    Stream<DynamicTest> deleteRolledBackLeavesTheRecordPersisted() {
        return CapabilityGate.scenario(db, Capability.TRANSACTIONS,
                "a delete rolled back leaves the record persisted, so it can be deleted again", () -> {
                    User u = new User("keep").save();
                    assertThatThrownBy(() -> db.transaction(() -> {
                        u.delete();
                        assertThat(u.isNewRecord()).isTrue();
                        throw new IllegalStateException("abort");
                    })).isInstanceOf(IllegalStateException.class);
                    assertThat(u.isNewRecord()).isFalse();
                    assertThat(observer().find(User.class, u.id)).isPresent();
                    u.delete();
                    assertThat(observer().find(User.class, u.id)).isEmpty();
                }, this::refusesTransactions);
    }

    @TestFactory
    Stream<DynamicTest> savepointReleasedThenOuterRollbackRestores() {
        return CapabilityGate.scenario(db, Capability.SAVEPOINTS,
                "a record saved in a released savepoint is restored when the outer transaction rolls back", () -> {
                    User u = new User("deep");
                    assertThatThrownBy(() -> db.transaction(() -> {
                        db.transaction(() -> u.save());
                        assertThat(u.isNewRecord()).isFalse();
                        throw new IllegalStateException("abort");
                    })).isInstanceOf(IllegalStateException.class);
                    assertThat(u.isNewRecord()).isTrue();
                    assertThat(u.id).isNull();
                    assertThat(observer().query(User.class).count()).isZero();
                }, () -> {
                    if (!db.supports(Capability.TRANSACTIONS)) {
                        refusesTransactions();
                        return;
                    }
                    assertThatThrownBy(() -> db.transaction(() -> db.transaction(() -> new User("x").save())))
                            .isInstanceOf(UnsupportedCapabilityException.class).hasMessageContaining("SAVEPOINTS");
                });
    }

    @Test
    @DisplayName("insertAll whose afterSave fails on record 6: records match the rows (none with transactions, all without)")
    void insertAllAfterSaveFailure() {
        List<Gadget> batch = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Gadget g = new Gadget("batch" + i, i);
            if (i == 6) {
                g.failIn = "afterSave";
            }
            batch.add(g);
        }
        assertThatThrownBy(() -> db.insertAll(batch)).isInstanceOf(IllegalStateException.class);
        long rows = observer().query(Gadget.class).count();
        if (db.supports(Capability.TRANSACTIONS)) {
            assertThat(rows).as("the batch was rolled back").isZero();
            assertThat(batch).allMatch(Gadget::isNewRecord).allMatch(g -> g.id == null);
        } else {
            assertThat(rows).as("without transactions every document stays stored").isEqualTo(10);
        }
        for (Gadget g : batch) {
            assertDescribesTheData(g, g.name);
        }
        // a retry of the records that are still new stores each exactly once
        batch.get(6).failIn = null;
        List<Gadget> retry = batch.stream().filter(Gadget::isNewRecord).toList();
        if (!retry.isEmpty()) {
            db.insertAll(retry);
        }
        assertThat(observer().query(Gadget.class).count()).isEqualTo(10);
    }

    @Test
    @DisplayName("an afterSave failure outside a transaction: the record says whether the row is stored;"
            + " a retry never duplicates")
    void afterSaveFailureOutsideATransaction() {
        Gadget g = new Gadget("once", 1);
        g.failIn = "afterSave";
        assertThatThrownBy(g::save).isInstanceOf(IllegalStateException.class);
        assertDescribesTheData(g, "after the failure");
        assertThat(g.isNewRecord()).as("rolled back exactly where the backend has transactions")
                .isEqualTo(db.supports(Capability.TRANSACTIONS));
        g.failIn = null;
        g.save();
        assertThat(observer().query(Gadget.class).where("name", "once").count()).isEqualTo(1);
        assertDescribesTheData(g, "after the retry");
    }

    @Test
    @DisplayName("a batch stopped by a duplicate key: written records are persisted, the rest are new,"
            + " nothing duplicates on retry")
    void insertAllStoppedByADuplicate() {
        new User("taken").save();
        List<User> batch = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            batch.add(new User(i == 3 ? "taken" : "dup" + i));
        }
        assertThatThrownBy(() -> db.insertAll(batch)).isInstanceOf(BackendException.class);
        for (User u : batch) {
            Optional<User> row = u.id == null ? Optional.empty() : observer().find(User.class, u.id);
            assertThat(row.isPresent()).as(u.username + " is persisted exactly when its row exists")
                    .isEqualTo(!u.isNewRecord());
        }
        long stored = observer().query(User.class).count() - 1;
        assertThat(batch.stream().filter(u -> !u.isNewRecord()).count()).isEqualTo(stored);
        if (db.supports(Capability.TRANSACTIONS)) {
            assertThat(stored).as("all-or-nothing").isZero();
        }
        batch.get(3).username = "fixed";
        db.insertAll(batch.stream().filter(User::isNewRecord).toList());
        assertThat(observer().query(User.class).count()).isEqualTo(7);
        assertThat(ActiveRecord.query(User.class).where("username", "taken").count()).isEqualTo(1);
    }

    @Test
    @DisplayName("a batch mixing generated and assigned ids: both kinds stored; a duplicate assigned id stops it"
            + " and every record says whether its row exists")
    void insertAllMixingGeneratedAndAssignedIds() {
        for (long seed = 1; seed <= 3; seed++) {
            Random random = new Random(seed);
            long base = 900_000 + seed * 1_000;
            List<User> batch = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                User u = new User("mix" + seed + "-" + i);
                if (random.nextBoolean()) {
                    u.id = base + i; // assigned by the caller
                }
                batch.add(u);
            }
            Map<Long, String> assigned = new HashMap<>();
            batch.stream().filter(u -> u.id != null).forEach(u -> assigned.put(u.id, u.username));
            db.insertAll(batch);
            for (User u : batch) {
                assertThat(u.isNewRecord()).isFalse();
                assertThat(observer().find(User.class, u.id).orElseThrow().username).isEqualTo(u.username);
            }
            for (Map.Entry<Long, String> e : assigned.entrySet()) {
                assertThat(observer().find(User.class, e.getKey()).orElseThrow().username)
                        .as("seed %d: an assigned id is kept", seed).isEqualTo(e.getValue());
            }

            // a second batch whose assigned id is taken: the generated records go first, the assigned ones fail
            List<User> again = new ArrayList<>();
            again.add(new User("gen" + seed));
            User clash = new User("clash" + seed);
            clash.id = batch.stream().filter(u -> assigned.containsKey(u.id)).findFirst()
                    .map(u -> u.id).orElse(batch.get(0).id);
            again.add(clash);
            long before = observer().query(User.class).count();
            assertThatThrownBy(() -> db.insertAll(again)).isInstanceOf(BackendException.class);
            for (User u : again) {
                boolean stored = u.id != null && observer().query(User.class).where("username", u.username).count() == 1;
                assertThat(stored).as("seed %d: %s is persisted exactly when its row exists", seed, u.username)
                        .isEqualTo(!u.isNewRecord());
            }
            assertThat(clash.isNewRecord()).isTrue();
            long added = observer().query(User.class).count() - before;
            assertThat(added).isEqualTo(db.supports(Capability.TRANSACTIONS) ? 0 : 1);
        }
    }
}
