package org.ar4j.tck.scenarios;

import java.util.stream.Stream;

import org.ar4j.Database;
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
import java.util.Map;

/**
 * Which database a record uses (docs/transactions.md, rule 8): inside {@code b.transaction(...)} new
 * records of unbound models go through {@code b}, inside its transaction; records loaded from the
 * default database {@code a} keep going through {@code a}.
 */
@Tag("failures")
class TwoDatabasesTest extends TckScenario {

    @TestFactory
    Stream<DynamicTest> newRecordsUseTheOpenTransactionsDatabase() {
        return CapabilityGate.scenario(db, Capability.TRANSACTIONS,
                "inside b.transaction(...), a new record is written through b and rolled back with it", () -> {
                    Database b = observer();
                    User routed = new User("routed");
                    assertThatThrownBy(() -> b.transaction(() -> {
                        routed.save();
                        assertThat(db.query(User.class).count()).as("not visible to a before b commits").isZero();
                        assertThat(User.query().count()).as("model statics read through b inside it").isEqualTo(1);
                        throw new IllegalStateException("abort");
                    })).isInstanceOf(IllegalStateException.class);
                    assertThat(db.query(User.class).count()).as("b's rollback undid it").isZero();
                    assertThat(routed.isNewRecord()).isTrue();
                    b.transaction(() -> routed.save());
                    assertThat(db.query(User.class).pluck("username", String.class)).containsExactly("routed");
                }, () -> assertThatThrownBy(() -> observer().transaction(() -> new User("x").save()))
                        .isInstanceOf(UnsupportedCapabilityException.class));
    }

    @TestFactory
    Stream<DynamicTest> loadedRecordsKeepTheirDatabase() {
        return CapabilityGate.scenario(db, Capability.TRANSACTIONS,
                "a record loaded from a keeps reading through a inside b.transaction(...)", () -> {
                    new User("home").save();
                    User loaded = db.query(User.class).one();
                    Database b = observer();
                    assertThatThrownBy(() -> b.transaction(() -> {
                        b.query(User.class).updateAll(Map.of("email", "from-b@example.com"));
                        loaded.reload();
                        assertThat(loaded.email).as("read through a, which cannot see b's uncommitted write")
                                .isEqualTo("home@example.com");
                        throw new IllegalStateException("abort");
                    })).isInstanceOf(IllegalStateException.class);
                    assertThat(db.query(User.class).one().email).isEqualTo("home@example.com");
                }, () -> assertThatThrownBy(() -> observer().transaction(() -> new User("x").save()))
                        .isInstanceOf(UnsupportedCapabilityException.class));
    }
}
