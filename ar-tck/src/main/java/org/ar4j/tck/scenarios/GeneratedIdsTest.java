package org.ar4j.tck.scenarios;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.ar4j.ActiveRecord;
import org.ar4j.ConstraintViolationException;
import org.ar4j.ConversionException;
import org.ar4j.query.Where;
import org.ar4j.tck.TckScenario;
import org.ar4j.tck.fixtures.Happening;
import org.ar4j.tck.fixtures.Serial;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Ids made in the JVM: time-ordered UUIDs ({@code @Id(generated = UUID_V7)}) and an application's generator. */
@Tag("types")
class GeneratedIdsTest extends TckScenario {

    @Test
    @DisplayName("UUIDv7 ids sort in insertion order on the backend, so keyset pages by id follow it")
    void uuidV7IdsAreTimeOrdered() {
        List<UUID> made = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            made.add(new Happening("h" + i).save().id);
        }
        List<Happening> batch = new ArrayList<>();
        for (int i = 30; i < 60; i++) {
            batch.add(new Happening("h" + i));
        }
        ActiveRecord.insertAll(batch);
        batch.forEach(h -> made.add(h.id));
        assertThat(made).doesNotContainNull().doesNotHaveDuplicates();
        assertThat(made).as("text order is insertion order").isSortedAccordingTo(Comparator.comparing(UUID::toString));
        assertThat(made).allMatch(u -> u.version() == 7 && u.variant() == 2);
        assertThat(ActiveRecord.query(Happening.class).orderBy("id").pluck("id", UUID.class))
                .as("the backend's order").isEqualTo(made);
        assertThat(ActiveRecord.query(Happening.class).where(Where.gt("id", made.get(24))).orderBy("id").limit(10)
                .pluck("title", String.class)).containsExactly("h25", "h26", "h27", "h28", "h29", "h30", "h31", "h32",
                "h33", "h34");
    }

    @Test
    @DisplayName("a failed insert clears the id it was given; a retry makes a new one")
    void failedInsertClearsTheGeneratedId() {
        Happening first = new Happening("dup").save();
        Happening second = new Happening("dup");
        assertThatThrownBy(second::save).isInstanceOf(ConstraintViolationException.class);
        assertThat(second.id).as("new again, without an id").isNull();
        assertThat(second.isNewRecord()).isTrue();
        second.title = "dup2";
        second.save();
        assertThat(second.id).isNotNull().isNotEqualTo(first.id);
        assertThat(ActiveRecord.query(Happening.class).count()).isEqualTo(2);
    }

    @Test
    @DisplayName("upsertAll by another key makes ids for new rows and keeps the stored id of existing ones")
    void upsertKeepsStoredIds() {
        Happening a = new Happening("a");
        ActiveRecord.upsertAll(List.of(a), "title");
        UUID stored = a.id;
        assertThat(stored).isNotNull();
        Happening again = new Happening("a");
        Happening fresh = new Happening("b");
        ActiveRecord.upsertAll(List.of(again, fresh), "title");
        assertThat(again.id).as("the stored row's id").isEqualTo(stored);
        assertThat(fresh.id).isNotNull().isNotEqualTo(stored);
        assertThat(ActiveRecord.query(Happening.class).orderBy("title").pluck("id", UUID.class))
                .containsExactly(stored, fresh.id);
    }

    @Test
    @DisplayName("an application's generator gives ids; one of the wrong type is refused naming the field")
    void ownGenerator() {
        Serial s = new Serial();
        s.label = "one";
        s.save();
        assertThat(s.id).matches("S-\\d{12}");
        assertThat(ActiveRecord.findOrFail(Serial.class, s.id).label).isEqualTo("one");
        Serial.Broken b = new Serial.Broken();
        assertThatThrownBy(b::save).isInstanceOf(ConversionException.class).hasMessageContaining("Broken.id")
                .hasMessageContaining("Numbers");
        assertThat(b.id).isNull();
        assertThat(ActiveRecord.query(Serial.Broken.class).count()).isZero();
    }
}
