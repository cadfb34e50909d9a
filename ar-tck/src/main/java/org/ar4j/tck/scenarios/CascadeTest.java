package org.ar4j.tck.scenarios;

import java.util.stream.Stream;

import org.ar4j.ActiveRecord;
import org.ar4j.DeleteRestrictedException;
import org.ar4j.UnsupportedCapabilityException;
import org.ar4j.Capability;
import org.ar4j.tck.CapabilityGate;
import org.ar4j.tck.TckScenario;
import org.ar4j.tck.fixtures.Leaf;
import org.ar4j.tck.fixtures.Library;
import org.ar4j.tck.fixtures.LibraryCard;
import org.ar4j.tck.fixtures.Loan;
import org.ar4j.tck.fixtures.Note;
import org.ar4j.tck.fixtures.Shelf;
import org.ar4j.tck.fixtures.Volume;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import org.ar4j.query.Where;

/** What deleting an owner does to its relations. */
@Tag("cascades")
class CascadeTest extends TckScenario {

    @BeforeEach
    void reset() {
        Volume.DELETED.clear();
        Leaf.HOOK_CALLS.set(0);
    }

    private Shelf shelf(String... titles) {
        Shelf s = new Shelf("s").save();
        for (String t : titles) {
            Volume v = new Volume(s, t).save();
            new Leaf(v, "l1").save();
            new Leaf(v, "l2").save();
            new Note(v, "n").save();
        }
        return ActiveRecord.findOrFail(Shelf.class, s.id);
    }

    @Test
    @DisplayName("DELETE loads each child and deletes it with its hooks and its own cascades")
    void deleteEach() {
        Shelf s = shelf("a", "b");
        s.delete();
        assertThat(Volume.DELETED).containsExactlyInAnyOrder("a", "b");
        assertThat(ActiveRecord.query(Volume.class).count()).isZero();
        assertThat(ActiveRecord.query(Leaf.class).count()).as("volumes' DELETE_ALL leaves ran").isZero();
        assertThat(ActiveRecord.exists(Shelf.class, s.id)).isFalse();
    }

    @Test
    @DisplayName("DELETE_ALL deletes in one statement without running the children's hooks")
    void deleteAllBulk() {
        Shelf s = shelf("a");
        Volume v = s.volumes().get(0);
        queries.reset();
        v.delete();
        assertThat(Leaf.HOOK_CALLS.get()).isZero();
        assertThat(ActiveRecord.query(Leaf.class).count()).isZero();
        assertThat(queries.events()).filteredOn(e -> !e.isRead()).hasSize(3)
                .as("bulk delete of leaves, nullify notes, delete the volume");
    }

    @Test
    @DisplayName("NULLIFY keeps the children with a null key")
    void nullify() {
        Shelf s = shelf("a");
        s.volumes().get(0).delete();
        assertThat(ActiveRecord.query(Note.class).count()).isEqualTo(1);
        assertThat(ActiveRecord.query(Note.class).one().volumeId).isNull();
    }

    @Test
    @DisplayName("RESTRICT refuses before anything is deleted and says why")
    void restrict() {
        Library lib = new Library("city").save();
        LibraryCard card = new LibraryCard();
        card.libraryId = lib.id;
        card.save();
        new Loan(lib).save();
        new Loan(lib).save();
        assertThatThrownBy(lib::delete).isInstanceOf(DeleteRestrictedException.class)
                .hasMessageContaining("Library").hasMessageContaining("loans").hasMessageContaining("2 records");
        assertThat(ActiveRecord.exists(Library.class, lib.id)).isTrue();
        assertThat(ActiveRecord.exists(LibraryCard.class, card.id)).as("the card's cascade did not run").isTrue();
    }

    @Test
    @DisplayName("RESTRICT allows the delete when nothing refers to the owner; a HasOne DELETE cascade runs")
    void restrictAllows() {
        Library lib = new Library("empty").save();
        LibraryCard card = new LibraryCard();
        card.libraryId = lib.id;
        card.save();
        lib.delete();
        assertThat(ActiveRecord.exists(Library.class, lib.id)).isFalse();
        assertThat(ActiveRecord.exists(LibraryCard.class, card.id)).isFalse();
    }

    @TestFactory
    Stream<DynamicTest> failureRollsBack() {
        return CapabilityGate.scenario(db, Capability.TRANSACTIONS,
                "a child's failing hook in a cascade rolls the whole delete back", () -> {
                    Shelf s = shelf("a", "explode", "c");
                    assertThatThrownBy(s::delete).isInstanceOf(IllegalStateException.class).hasMessageContaining("explode");
                    assertThat(ActiveRecord.exists(Shelf.class, s.id)).isTrue();
                    assertThat(ActiveRecord.query(Volume.class).count()).isEqualTo(3);
                    assertThat(ActiveRecord.query(Leaf.class).count()).isEqualTo(6);
                    assertThat(ActiveRecord.query(Note.class).where(Where.isNull("volumeId")).count()).isZero();
                }, () -> assertThatThrownBy(() -> db.transaction(() -> { }))
                        .isInstanceOf(UnsupportedCapabilityException.class).hasMessageContaining("TRANSACTIONS"));
    }

    @Test
    @DisplayName("a deleted owner's relation caches are cleared")
    void cachesCleared() {
        Shelf s = shelf("a");
        s.volumes();
        assertThat(s.hasCachedRelation("volumes")).isTrue();
        s.delete();
        assertThat(s.hasCachedRelation("volumes")).isFalse();
    }
}
