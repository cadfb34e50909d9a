package org.ar4j.tck.scenarios;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.ar4j.Capability;
import org.ar4j.ConfigurationException;
import org.ar4j.StaleRecordException;
import org.ar4j.UnsupportedCapabilityException;
import org.ar4j.tck.CapabilityGate;
import org.ar4j.tck.TckScenario;
import org.ar4j.tck.fixtures.Ledger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code @CreatedBy}/{@code @UpdatedBy} filled from the database's auditor on every write path, read back through a
 * second database, and put back in memory when a write fails or rolls back.
 */
@Tag("records")
class AuditingTest extends TckScenario {

    private Ledger stored(String code) {
        return observer().query(Ledger.class).where("code", code).one();
    }

    @Test
    @DisplayName("insert sets both, an update with changes sets @UpdatedBy, a save without changes writes nothing")
    void saveSetsWho() {
        auditor.set("alice");
        Ledger l = new Ledger("a", 1).save();
        assertThat(l.createdBy).isEqualTo("alice");
        assertThat(l.updatedBy).isEqualTo("alice");
        auditor.set("bob");
        l.save();
        assertThat(stored("a").updatedBy).as("nothing to write").isEqualTo("alice");
        l.amount = 2;
        l.save();
        Ledger read = stored("a");
        assertThat(read.createdBy).isEqualTo("alice");
        assertThat(read.updatedBy).isEqualTo("bob");
        assertThat(l.updatedBy).isEqualTo("bob");
    }

    @Test
    @DisplayName("with nobody known the fields stay as the application set them")
    void nobodyKnown() {
        Ledger l = new Ledger("n", 1);
        l.createdBy = "importer";
        l.save();
        l.amount = 5;
        l.save();
        Ledger read = stored("n");
        assertThat(read.createdBy).isEqualTo("importer");
        assertThat(read.updatedBy).isNull();
    }

    @Test
    @DisplayName("insertAll, upsertAll and updateAll fill the fields too")
    void bulkWrites() {
        auditor.set("carol");
        db.insertAll(List.of(new Ledger("b1", 1), new Ledger("b2", 2)));
        assertThat(stored("b1").createdBy).isEqualTo("carol");
        auditor.set("dave");
        db.upsertAll(List.of(new Ledger("b2", 20), new Ledger("b3", 3)), "code");
        assertThat(stored("b3").createdBy).isEqualTo("dave");
        assertThat(stored("b2").updatedBy).isEqualTo("dave");
        assertThat(stored("b2").createdBy).as("an upsert keeps who created the row").isEqualTo("carol");
        auditor.set("erin");
        assertThat(db.query(Ledger.class).updateAll(Map.of("amount", 7))).isEqualTo(3);
        assertThat(observer().query(Ledger.class).pluck("updatedBy", String.class)).containsOnly("erin");
    }

    @Test
    @DisplayName("an auditor of the wrong type is refused naming the field; nothing is written")
    void wrongType() {
        auditor.set(new Object());
        Ledger l = new Ledger("w", 1);
        assertThatThrownBy(l::save).isInstanceOf(ConfigurationException.class).hasMessageContaining("Ledger.createdBy")
                .hasMessageContaining("AuditorResolver");
        assertThat(l.isNewRecord()).isTrue();
        assertThat(observer().query(Ledger.class).count()).isZero();
    }

    @Test
    @DisplayName("a failed update puts @UpdatedBy back")
    void failedWrite() {
        auditor.set("alice");
        Ledger mine = new Ledger("s", 1).save();
        Ledger theirs = observer().query(Ledger.class).where("code", "s").one();
        theirs.amount = 9;
        observer().bind(theirs::save);
        auditor.set("bob");
        mine.amount = 3;
        assertThatThrownBy(mine::save).isInstanceOf(StaleRecordException.class);
        assertThat(mine.updatedBy).isEqualTo("alice");
    }

    @TestFactory
    Stream<DynamicTest> rollbackRestores() {
        return CapabilityGate.scenario(db, Capability.TRANSACTIONS,
                "a rolled-back update and insert put the fields back; a retry fills them again", () -> {
                    auditor.set("alice");
                    Ledger kept = new Ledger("k", 1).save();
                    Ledger fresh = new Ledger("f", 1);
                    auditor.set("bob");
                    assertThatThrownBy(() -> db.transaction(() -> {
                        kept.amount = 2;
                        kept.save();
                        fresh.save();
                        throw new IllegalStateException("boom");
                    })).hasMessageContaining("boom");
                    assertThat(kept.updatedBy).isEqualTo("alice");
                    assertThat(fresh.createdBy).isNull();
                    assertThat(stored("k").updatedBy).isEqualTo("alice");
                    kept.save();
                    assertThat(stored("k").updatedBy).isEqualTo("bob");
                },
                () -> assertThatThrownBy(() -> db.transaction(() -> { })).isInstanceOf(UnsupportedCapabilityException.class));
    }
}
