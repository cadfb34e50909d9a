package org.ar4j.tck.scenarios;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.ar4j.ActiveRecord;
import org.ar4j.Ar4jException;
import org.ar4j.BackendException;
import org.ar4j.TransactionRolledBackException;
import org.ar4j.UnsupportedCapabilityException;
import org.ar4j.ValidationException;
import org.ar4j.Capability;
import org.ar4j.tck.CapabilityGate;
import org.ar4j.tck.TckScenario;
import org.ar4j.tck.fixtures.Gadget;
import org.ar4j.tck.fixtures.Leaf;
import org.ar4j.tck.fixtures.Shelf;
import org.ar4j.tck.fixtures.User;
import org.ar4j.tck.fixtures.Volume;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import java.util.Map;

/**
 * A failure inside a transaction is never committed silently, a nested transaction is the one place
 * to catch a failure and go on, and ar4j's own operations are all-or-nothing inside a caller's
 * transaction (docs/transactions.md, rules 1 to 3). Every scenario reads the data back through a
 * second database on the same URL.
 */
@Tag("failures")
class FailureSemanticsTest extends TckScenario {

    private List<String> storedUsernames() {
        return observer().query(User.class).orderBy("username").pluck("username", String.class);
    }

    private void refusesTransactions() {
        assertThatThrownBy(() -> db.transaction(() -> new User("x").save()))
                .isInstanceOf(UnsupportedCapabilityException.class)
                .hasMessageContaining(db.backendName()).hasMessageContaining("TRANSACTIONS");
        assertThat(storedUsernames()).isEmpty();
    }

    /** Without SAVEPOINTS: a nested transaction is refused before its work runs and the outer one is untouched. */
    private void refusesNesting() {
        if (!db.supports(Capability.TRANSACTIONS)) {
            refusesTransactions();
            return;
        }
        List<String> ran = new ArrayList<>();
        db.transaction(() -> {
            new User("outer").save();
            assertThatThrownBy(() -> db.transaction(() -> ran.add("nested work ran")))
                    .isInstanceOf(UnsupportedCapabilityException.class).hasMessageContaining("SAVEPOINTS");
        });
        assertThat(ran).isEmpty();
        assertThat(storedUsernames()).containsExactly("outer");
    }

    @TestFactory
    Stream<DynamicTest> caughtStatementFailureRollsBackAndThrows() {
        return CapabilityGate.scenario(db, Capability.TRANSACTIONS,
                "a statement failure caught inside a transaction rolls it back and transaction() throws", () -> {
                    new User("taken").save();
                    User a = new User("a");
                    User duplicate = new User("taken");
                    User b = new User("b");
                    assertThatThrownBy(() -> db.transaction(() -> {
                        a.save();
                        try {
                            duplicate.save();
                        } catch (BackendException e) {
                            // caught: the work goes on, but the transaction is rollback-only
                        }
                        b.save();
                    })).isInstanceOf(TransactionRolledBackException.class)
                            .hasCauseInstanceOf(BackendException.class)
                            .hasMessageContaining("rolled back");
                    assertThat(storedUsernames()).containsExactly("taken");
                    for (User u : List.of(a, duplicate, b)) {
                        assertThat(u.isNewRecord()).as(u.username + " is new again").isTrue();
                        assertThat(u.id).as(u.username + "'s id is cleared").isNull();
                    }
                }, this::refusesTransactions);
    }

    @TestFactory
    Stream<DynamicTest> statementsAfterAFailureAreRefused() {
        return CapabilityGate.scenario(db, Capability.TRANSACTIONS,
                "after a caught failure every further statement of the transaction is refused, on every backend", () -> {
                    new User("taken").save();
                    List<String> seen = new ArrayList<>();
                    assertThatThrownBy(() -> db.transaction(() -> {
                        try {
                            new User("taken").save();
                        } catch (BackendException e) {
                            seen.add("caught");
                        }
                        queries.reset();
                        try {
                            User.query().count();
                        } catch (TransactionRolledBackException e) {
                            seen.add("read refused");
                        }
                        assertThat(queries.count()).as("nothing reached the database").isZero();
                    })).isInstanceOf(TransactionRolledBackException.class);
                    assertThat(seen).containsExactly("caught", "read refused");
                    assertThat(storedUsernames()).containsExactly("taken");
                }, this::refusesTransactions);
    }

    @TestFactory
    Stream<DynamicTest> inTransactionThrowsToo() {
        return CapabilityGate.scenario(db, Capability.TRANSACTIONS,
                "inTransaction() with a caught failure throws instead of returning its result", () -> {
                    new User("taken").save();
                    assertThatThrownBy(() -> db.inTransaction(() -> {
                        new User("a").save();
                        try {
                            User.query().where("username", "taken").updateAll(Map.of("username", "a"));
                        } catch (BackendException e) {
                            // a unique violation through a bulk update
                        }
                        return 42;
                    })).isInstanceOf(TransactionRolledBackException.class);
                    assertThat(storedUsernames()).containsExactly("taken");
                }, this::refusesTransactions);
    }

    @TestFactory
    Stream<DynamicTest> validationFailureDoesNotMark() {
        return CapabilityGate.scenario(db, Capability.TRANSACTIONS,
                "a validation failure caught inside a transaction changes nothing and the rest commits", () -> {
                    Gadget bad = new Gadget("", 1);
                    db.transaction(() -> {
                        new Gadget("good", 1).save();
                        assertThatThrownBy(bad::save).isInstanceOf(ValidationException.class);
                        new Gadget("also good", 2).save();
                    });
                    assertThat(observer().query(Gadget.class).orderBy("name").pluck("name", String.class))
                            .containsExactly("also good", "good");
                    assertThat(bad.isNewRecord()).isTrue();
                }, this::refusesTransactions);
    }

    @TestFactory
    Stream<DynamicTest> nestedFailureCaughtOuterCommits() {
        return CapabilityGate.scenario(db, Capability.SAVEPOINTS,
                "a failure inside a nested transaction, caught by the caller, leaves the outer one to commit", () -> {
                    new User("taken").save();
                    User duplicate = new User("taken");
                    db.transaction(() -> {
                        new User("a").save();
                        assertThatThrownBy(() -> db.transaction(() -> {
                            new User("inner").save();
                            duplicate.save();
                        })).isInstanceOf(BackendException.class);
                        new User("b").save();
                    });
                    assertThat(storedUsernames()).containsExactly("a", "b", "taken");
                    assertThat(duplicate.isNewRecord()).isTrue();
                    assertThat(duplicate.id).isNull();
                }, this::refusesNesting);
    }

    @TestFactory
    Stream<DynamicTest> nestedWorkThatSwallowsItsFailureThrows() {
        return CapabilityGate.scenario(db, Capability.SAVEPOINTS,
                "a nested transaction whose work caught a failure rolls back its savepoint and throws", () -> {
                    new User("taken").save();
                    User inner = new User("inner");
                    db.transaction(() -> {
                        new User("a").save();
                        assertThatThrownBy(() -> db.transaction(() -> {
                            inner.save();
                            try {
                                new User("taken").save();
                            } catch (BackendException e) {
                                // swallowed inside the nested work
                            }
                        })).isInstanceOf(TransactionRolledBackException.class).hasCauseInstanceOf(BackendException.class);
                        new User("b").save();
                    });
                    assertThat(storedUsernames()).containsExactly("a", "b", "taken");
                    assertThat(inner.isNewRecord()).isTrue();
                }, this::refusesNesting);
    }

    @TestFactory
    Stream<DynamicTest> checkedExceptionIsWrapped() {
        return CapabilityGate.scenario(db, Capability.TRANSACTIONS,
                "a checked exception from the work rolls back and arrives as the cause of TransactionRolledBackException",
                () -> {
                    User u = new User("c");
                    assertThatThrownBy(() -> db.transaction(() -> {
                        u.save();
                        throw new IOException("disk");
                    })).isInstanceOf(TransactionRolledBackException.class).hasCauseInstanceOf(IOException.class);
                    assertThat(storedUsernames()).isEmpty();
                    assertThat(u.isNewRecord()).isTrue();
                }, this::refusesTransactions);
    }

    @TestFactory
    Stream<DynamicTest> insertAllInsideTransactionIsAllOrNothing() {
        return CapabilityGate.scenario(db, Capability.TRANSACTIONS,
                "insertAll failing on row 5 of 8 inside a transaction stores none of its rows", () -> {
                    new User("taken").save();
                    List<User> batch = new ArrayList<>();
                    for (int i = 0; i < 8; i++) {
                        batch.add(new User(i == 4 ? "taken" : "batch" + i));
                    }
                    if (db.supports(Capability.SAVEPOINTS)) {
                        // In a nested transaction the caller can go on and commit the rest.
                        db.transaction(() -> {
                            new User("x").save();
                            assertThatThrownBy(() -> db.transaction(() -> db.insertAll(batch)))
                                    .isInstanceOf(Ar4jException.class);
                        });
                        assertThat(storedUsernames()).containsExactly("taken", "x");
                    }
                    // Caught directly, the failed statement makes the whole transaction roll back.
                    assertThatThrownBy(() -> db.transaction(() -> {
                        new User("y").save();
                        try {
                            db.insertAll(batch);
                        } catch (BackendException e) {
                            // caught
                        }
                    })).isInstanceOf(TransactionRolledBackException.class);
                    assertThat(storedUsernames()).doesNotContain("y").noneMatch(n -> n.startsWith("batch"));
                    assertThat(batch).allMatch(User::isNewRecord).allMatch(u -> u.id == null);
                }, this::refusesTransactions);
    }

    @TestFactory
    Stream<DynamicTest> cascadeInsideTransactionIsAllOrNothing() {
        return CapabilityGate.scenario(db, Capability.SAVEPOINTS,
                "a Dependent.DELETE cascade whose second child refuses inside a transaction deletes no child", () -> {
                    Shelf s = new Shelf("s").save();
                    Volume first = new Volume(s, "first").save();
                    new Leaf(first, "l").save();
                    new Volume(s, "explode").save();
                    Shelf loaded = ActiveRecord.findOrFail(Shelf.class, s.id);
                    db.transaction(() -> {
                        new User("kept").save();
                        assertThatThrownBy(loaded::delete).isInstanceOf(IllegalStateException.class);
                    });
                    assertThat(observer().query(Volume.class).orderBy("title").pluck("title", String.class))
                            .containsExactly("explode", "first");
                    assertThat(observer().query(Leaf.class).count()).isEqualTo(1);
                    assertThat(observer().query(Shelf.class).count()).isEqualTo(1);
                    assertThat(storedUsernames()).as("the cascade's own savepoint undid it; the caller went on")
                            .containsExactly("kept");
                    assertThat(loaded.isNewRecord()).isFalse();
                    assertThat(first.isNewRecord()).isFalse();
                }, () -> {
                    if (!db.supports(Capability.TRANSACTIONS)) {
                        refusesTransactions();
                        return;
                    }
                    // Without savepoints the cascade joins the transaction, which becomes rollback-only.
                    Shelf s = new Shelf("s").save();
                    new Volume(s, "first").save();
                    new Volume(s, "explode").save();
                    Shelf loaded = ActiveRecord.findOrFail(Shelf.class, s.id);
                    assertThatThrownBy(() -> db.transaction(() -> {
                        new User("lost").save();
                        assertThatThrownBy(loaded::delete).isInstanceOf(IllegalStateException.class);
                    })).isInstanceOf(TransactionRolledBackException.class);
                    assertThat(observer().query(Volume.class).count()).isEqualTo(2);
                    assertThat(storedUsernames()).isEmpty();
                });
    }

    @TestFactory
    Stream<DynamicTest> afterSaveFailureInsideTransaction() {
        return CapabilityGate.scenario(db, Capability.SAVEPOINTS,
                "an afterSave failure inside a transaction undoes that save only; the record is new again", () -> {
                    Gadget g = new Gadget("boom", 1);
                    g.failIn = "afterSave";
                    db.transaction(() -> {
                        new Gadget("kept", 1).save();
                        assertThatThrownBy(g::save).isInstanceOf(IllegalStateException.class);
                    });
                    assertThat(observer().query(Gadget.class).pluck("name", String.class)).containsExactly("kept");
                    assertThat(g.isNewRecord()).isTrue();
                    assertThat(g.id).isNull();
                }, () -> {
                    if (!db.supports(Capability.TRANSACTIONS)) {
                        refusesTransactions();
                        return;
                    }
                    // Without savepoints the save cannot be undone alone: the transaction becomes rollback-only.
                    Gadget g = new Gadget("boom", 1);
                    g.failIn = "afterSave";
                    assertThatThrownBy(() -> db.transaction(() -> {
                        new Gadget("lost", 1).save();
                        assertThatThrownBy(g::save).isInstanceOf(IllegalStateException.class);
                    })).isInstanceOf(TransactionRolledBackException.class);
                    assertThat(observer().query(Gadget.class).count()).isZero();
                    assertThat(g.isNewRecord()).isTrue();
                });
    }

    @TestFactory
    Stream<DynamicTest> commitsWhatReturnsNormally() {
        return CapabilityGate.scenario(db, Capability.TRANSACTIONS,
                "a transaction is invisible to other connections until it commits, then visible", () -> {
                    db.transaction(() -> {
                        new User("pending").save();
                        assertThat(storedUsernames()).as("uncommitted rows are not seen elsewhere").isEmpty();
                        assertThat(User.query().pluck("username",
                                String.class)).as("but are seen inside").containsExactly("pending");
                    });
                    assertThat(storedUsernames()).containsExactly("pending");
                }, this::refusesTransactions);
    }
}
