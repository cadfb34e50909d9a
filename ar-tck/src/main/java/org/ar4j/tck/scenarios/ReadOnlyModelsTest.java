package org.ar4j.tck.scenarios;

import java.util.List;
import java.util.Map;

import org.ar4j.ActiveRecord;
import org.ar4j.QueryException;
import org.ar4j.ReadOnlyModelException;
import org.ar4j.tck.TckScenario;
import org.ar4j.query.Where;
import org.ar4j.tck.fixtures.Region;
import org.ar4j.tck.fixtures.RegionLabel;
import org.ar4j.tck.fixtures.RegionView;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A read-only model ({@code @Table(readOnly = true)}): it reads like any model, and every write is refused. */
@Tag("schema")
class ReadOnlyModelsTest extends TckScenario {

    @Test
    @DisplayName("a read-only model finds, queries and plucks; validate is clean")
    void readsLikeAnyModel() {
        new Region(3, "south").save();
        new Region(1, "north").save();
        assertThat(ActiveRecord.query(RegionView.class).orderBy("id").pluck("name", String.class))
                .containsExactly("north", "south");
        assertThat(ActiveRecord.findOrFail(RegionView.class, 3).name).isEqualTo("south");
        assertThat(db.schema().validate(RegionView.class).problems()).isEmpty();
    }

    @Test
    @DisplayName("every write and schema change on a read-only model is refused naming it; nothing changes")
    void everyWriteIsRefused() {
        new Region(1, "north").save();
        RegionView loaded = ActiveRecord.findOrFail(RegionView.class, 1);
        loaded.name = "changed";
        RegionView fresh = new RegionView();
        fresh.id = 2;
        fresh.name = "new";
        List<Runnable> writes = List.of(loaded::save, loaded::delete, fresh::save,
                () -> ActiveRecord.insertAll(List.of(fresh)), () -> ActiveRecord.upsertAll(List.of(fresh), "id"),
                () -> ActiveRecord.query(RegionView.class).updateAll(Map.of("name", "all")),
                () -> ActiveRecord.query(RegionView.class).deleteAll(),
                () -> db.schema().create(RegionView.class), () -> db.schema().dropIfExists(RegionView.class));
        for (Runnable write : writes) {
            assertThatThrownBy(write::run).isInstanceOf(ReadOnlyModelException.class).hasMessageContaining("RegionView");
        }
        assertThat(fresh.isNewRecord()).isTrue();
        assertThat(observer().query(Region.class).pluck("name", String.class)).containsExactly("north");
    }

    @Test
    @DisplayName("a read-only model without an id queries, counts, pages by offset and validates; finding by id is refused")
    void aViewWithoutAKey() {
        for (int i = 1; i <= 5; i++) {
            new Region(i, "region " + (char) ('a' + 5 - i)).save();
        }
        assertThat(ActiveRecord.query(RegionLabel.class).orderBy("name").pluck("name", String.class))
                .containsExactly("region a", "region b", "region c", "region d", "region e");
        assertThat(ActiveRecord.query(RegionLabel.class).where(Where.gt("name", "region b")).count()).isEqualTo(3);
        assertThat(ActiveRecord.query(RegionLabel.class).where("name", "region c").exists()).isTrue();
        assertThat(ActiveRecord.query(RegionLabel.class).orderBy("name").offset(1).limit(2).all())
                .extracting(r -> r.name).containsExactly("region b", "region c");
        assertThat(ActiveRecord.query(RegionLabel.class).orderBy("name").first().orElseThrow().name).isEqualTo("region a");
        assertThat(db.schema().validate(RegionLabel.class).problems()).isEmpty();
        assertThatThrownBy(() -> ActiveRecord.find(RegionLabel.class, 1)).isInstanceOf(QueryException.class)
                .hasMessageContaining("RegionLabel").hasMessageContaining("@Id");
        RegionLabel one = ActiveRecord.query(RegionLabel.class).orderBy("name").first().orElseThrow();
        assertThatThrownBy(one::reload).isInstanceOf(QueryException.class).hasMessageContaining("RegionLabel");
        assertThatThrownBy(one::save).isInstanceOf(ReadOnlyModelException.class);
        assertThat(observer().query(Region.class).count()).isEqualTo(5);
    }
}
