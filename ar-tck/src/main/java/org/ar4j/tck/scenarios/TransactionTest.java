package org.ar4j.tck.scenarios;

import java.util.stream.Stream;

import org.ar4j.UnsupportedCapabilityException;
import org.ar4j.Capability;
import org.ar4j.tck.CapabilityGate;
import org.ar4j.tck.TckScenario;
import org.ar4j.tck.fixtures.User;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import java.io.IOException;
import java.util.Map;
import org.ar4j.Ar4jException;

/** Transactions: commit, rollback, results, savepoints. */
@Tag("transactions")
class TransactionTest extends TckScenario {

    private void noTransactions() {
        assertThatThrownBy(() -> db.transaction(() -> new User("x").save()))
                .isInstanceOf(UnsupportedCapabilityException.class)
                .hasMessageContaining(db.backendName()).hasMessageContaining("TRANSACTIONS");
        assertThat(User.query().count()).isZero();
    }

    @TestFactory
    Stream<DynamicTest> commit() {
        return CapabilityGate.scenario(db, Capability.TRANSACTIONS, "work that returns normally is committed", () -> {
            db.transaction(() -> {
                new User("t1").save();
                new User("t2").save();
            });
            assertThat(User.query().count()).isEqualTo(2);
        }, this::noTransactions);
    }

    @TestFactory
    Stream<DynamicTest> rollback() {
        return CapabilityGate.scenario(db, Capability.TRANSACTIONS, "an exception rolls every write back", () -> {
            new User("before").save();
            assertThatThrownBy(() -> db.transaction(() -> {
                new User("inside1").save();
                User.query().where("username", "before").updateAll(Map.of("email", "changed"));
                throw new IllegalStateException("boom");
            })).isInstanceOf(IllegalStateException.class).hasMessage("boom");
            assertThat(User.query().pluck("username", String.class)).containsExactly("before");
            assertThat(User.query().one().email).isEqualTo("before@example.com");
        }, this::noTransactions);
    }

    @TestFactory
    Stream<DynamicTest> result() {
        return CapabilityGate.scenario(db, Capability.TRANSACTIONS, "inTransaction returns the work's result", () -> {
            long n = db.inTransaction(() -> {
                new User("r").save();
                return User.query().count();
            });
            assertThat(n).isEqualTo(1);
        }, this::noTransactions);
    }

    @TestFactory
    Stream<DynamicTest> checkedException() {
        return CapabilityGate.scenario(db, Capability.TRANSACTIONS, "a checked exception rolls back and is wrapped", () -> {
            assertThatThrownBy(() -> db.transaction(() -> {
                new User("c").save();
                throw new IOException("disk");
            })).isInstanceOf(Ar4jException.class).hasCauseInstanceOf(IOException.class);
            assertThat(User.query().count()).isZero();
        }, this::noTransactions);
    }

    @TestFactory
    Stream<DynamicTest> savepoints() {
        return CapabilityGate.scenario(db, Capability.SAVEPOINTS, "a failing nested transaction rolls back only its own work",
                () -> {
            db.transaction(() -> {
                new User("outer").save();
                assertThatThrownBy(() -> db.transaction(() -> {
                    new User("inner").save();
                    throw new IllegalStateException("inner fails");
                })).isInstanceOf(IllegalStateException.class);
                new User("outer2").save();
            });
            assertThat(User.query().orderBy("username").pluck("username", String.class)).containsExactly("outer", "outer2");
        }, () -> {
            if (!db.supports(Capability.TRANSACTIONS)) {
                noTransactions();
                return;
            }
            assertThatThrownBy(() -> db.transaction(() -> db.transaction(() -> new User("nested").save())))
                    .isInstanceOf(UnsupportedCapabilityException.class).hasMessageContaining("SAVEPOINTS");
        });
    }
}
