package org.ar4j.tck.scenarios;

import org.ar4j.ActiveRecord;
import org.ar4j.QueryException;
import org.ar4j.query.Order;
import org.ar4j.query.Where;
import org.ar4j.tck.TckScenario;
import org.ar4j.tck.fixtures.Flagged;
import org.ar4j.tck.fixtures.Flagged.Priority;
import org.ar4j.tck.fixtures.Flagged.Status;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Enums stored by a declared value ({@code @EnumValue}) or by ordinal ({@code @Enumerated(ORDINAL)}). */
@Tag("types")
class EnumStorageTest extends TckScenario {

    private static Flagged flagged(Status s, Priority p) {
        Flagged f = new Flagged();
        f.status = s;
        f.priority = p;
        return f.save();
    }

    @Test
    @DisplayName("enums by declared value or ordinal round-trip, filter, and order by the stored value")
    void storedValuesFilterAndOrder() {
        Flagged a = flagged(Status.ACTIVE, Priority.HIGH);
        Flagged s = flagged(Status.SUSPENDED, Priority.LOW);
        Flagged i = flagged(Status.INVITED, Priority.MEDIUM);
        Flagged back = ActiveRecord.findOrFail(Flagged.class, a.id);
        assertThat(back.status).isEqualTo(Status.ACTIVE);
        assertThat(back.priority).isEqualTo(Priority.HIGH);
        assertThat(ActiveRecord.query(Flagged.class).where(Where.in("status", Status.ACTIVE, Status.INVITED))
                .orderBy("id").all()).extracting(f -> f.id).containsExactly(a.id, i.id);
        assertThat(ActiveRecord.query(Flagged.class).orderBy(Order.asc("status")).all())
                .as("by the codes A < I < S, not by declaration order").extracting(f -> f.id)
                .containsExactly(a.id, i.id, s.id);
        assertThat(ActiveRecord.query(Flagged.class).where(Where.ge("priority", Priority.MEDIUM)).orderBy("priority")
                .all()).as("by ordinal").extracting(f -> f.priority).containsExactly(Priority.MEDIUM, Priority.HIGH);
    }

    @Test
    @DisplayName("renaming constants that declare their value keeps the stored rows readable")
    void renamedConstantsReadTheSameRows() {
        Flagged a = flagged(Status.ACTIVE, Priority.LOW);
        Flagged s = flagged(Status.SUSPENDED, Priority.HIGH);
        Flagged.Renamed ra = ActiveRecord.findOrFail(Flagged.Renamed.class, a.id);
        assertThat(ra.status).isEqualTo(Flagged.Renamed.State.ENABLED);
        assertThat(ActiveRecord.findOrFail(Flagged.Renamed.class, s.id).status).isEqualTo(Flagged.Renamed.State.ON_HOLD);
        ra.status = Flagged.Renamed.State.PENDING;
        ra.save();
        assertThat(ActiveRecord.findOrFail(Flagged.class, a.id).status).isEqualTo(Status.INVITED);
        assertThat(ActiveRecord.query(Flagged.Renamed.class).where(Where.eq("status", Flagged.Renamed.State.ON_HOLD))
                .pluck("id", Long.class)).containsExactly(s.id);
    }

    @Test
    @DisplayName("a query by a constant's name, not the constant, is refused naming the field")
    void namesAreNotValues() {
        flagged(Status.ACTIVE, Priority.LOW);
        assertThatThrownBy(() -> ActiveRecord.query(Flagged.class).where(Where.eq("status", "ACTIVE")).count())
                .isInstanceOf(QueryException.class).hasMessageContaining("Flagged.status");
        assertThat(ActiveRecord.query(Flagged.class).where(Where.eq("status", Status.ACTIVE)).count()).isEqualTo(1);
    }
}
