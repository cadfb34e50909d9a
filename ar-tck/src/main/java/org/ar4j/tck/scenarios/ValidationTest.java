package org.ar4j.tck.scenarios;

import org.ar4j.ActiveRecord;
import org.ar4j.ValidationException;
import org.ar4j.tck.TckScenario;
import org.ar4j.tck.fixtures.Gadget;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import java.util.List;
import org.ar4j.Errors;

/** validate() collects every error; nothing is written when any is found. */
@Tag("lifecycle")
class ValidationTest extends TckScenario {

    @Test
    @DisplayName("every error is collected into one ValidationException and nothing is written")
    void collectsAll() {
        Gadget g = new Gadget(" ", -1);
        queries.reset();
        assertThatThrownBy(g::save).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.errors()).extracting(Errors.Error::field).containsExactly("name", "price");
            assertThat(e.getMessage()).isEqualTo("Gadget is invalid: name must not be blank; price must not be negative");
        });
        assertThat(queries.count()).isZero();
        assertThat(g.isNewRecord()).isTrue();
        assertThat(g.calls).as("no hook ran").isEmpty();
    }

    @Test
    @DisplayName("record-level errors have no field")
    void recordLevel() {
        assertThatThrownBy(() -> new Gadget("forbidden", 1).save()).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors()).singleElement().satisfies(err -> assertThat(err.field()).isNull()));
    }

    @Test
    @DisplayName("an invalid update leaves the stored row unchanged")
    void invalidUpdate() {
        Gadget g = new Gadget("ok", 1).save();
        g.price = -5;
        assertThatThrownBy(g::save).isInstanceOf(ValidationException.class);
        assertThat(ActiveRecord.findOrFail(Gadget.class, g.id).price).isEqualTo(1);
        assertThat(g.changedFields()).containsExactly("price");
    }

    @Test
    @DisplayName("insertAll validates every record before writing any")
    void insertAllValidates() {
        assertThatThrownBy(() -> db.insertAll(List.of(new Gadget("a", 1), new Gadget("", 1))))
                .isInstanceOf(ValidationException.class);
        assertThat(ActiveRecord.query(Gadget.class).count()).isZero();
    }
}
