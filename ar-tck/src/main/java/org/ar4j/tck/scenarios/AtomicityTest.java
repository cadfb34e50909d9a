package org.ar4j.tck.scenarios;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.ar4j.Ar4jException;
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

/** A failing batch writes nothing. */
@Tag("reliability")
class AtomicityTest extends TckScenario {

    @TestFactory
    Stream<DynamicTest> batchInsertFailingOnRowKWritesNothing() {
        return CapabilityGate.scenario(db, Capability.TRANSACTIONS,
                "a batch insert failing on row k (a duplicate unique username) writes none of its rows",
                () -> {
                    new User("taken").save();
                    List<User> batch = new ArrayList<>();
                    for (int i = 0; i < 50; i++) {
                        batch.add(new User(i == 37 ? "taken" : "user" + i));
                    }
                    assertThatThrownBy(() -> db.insertAll(batch)).isInstanceOf(Ar4jException.class);
                    assertThat(User.query().count()).isEqualTo(1);
                    assertThat(batch).allMatch(User::isNewRecord);
                },
                () -> assertThatThrownBy(() -> db.transaction(() -> new User("x").save()))
                        .isInstanceOf(UnsupportedCapabilityException.class)
                        .hasMessageContaining(db.backendName())
                        .hasMessageContaining("TRANSACTIONS"));
    }
}
