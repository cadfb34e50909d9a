package org.ar4j.tck.scenarios;

import org.ar4j.ActiveRecord;
import org.ar4j.tck.TckScenario;
import org.ar4j.tck.fixtures.Gadget;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Lifecycle hooks. */
@Tag("lifecycle")
class HooksTest extends TckScenario {

    @Test
    @DisplayName("create runs beforeSave, beforeCreate, the insert, afterCreate (id set), afterSave")
    void createOrder() {
        Gadget g = new Gadget("knife", 5);
        g.save();
        assertThat(g.calls).containsExactly("beforeSave", "beforeCreate", "afterCreate:true", "afterSave");
    }

    @Test
    @DisplayName("update runs beforeSave, beforeUpdate, afterUpdate, afterSave")
    void updateOrder() {
        Gadget g = new Gadget("fork", 5).save();
        g.calls.clear();
        g.price = 6;
        g.save();
        assertThat(g.calls).containsExactly("beforeSave", "beforeUpdate", "afterUpdate", "afterSave");
    }

    @Test
    @DisplayName("delete runs beforeDelete and afterDelete")
    void deleteOrder() {
        Gadget g = new Gadget("spoon", 5).save();
        g.calls.clear();
        g.delete();
        assertThat(g.calls).containsExactly("beforeDelete", "afterDelete");
    }

    @Test
    @DisplayName("a throwing beforeSave or beforeCreate writes nothing and the record stays new")
    void beforeHookAborts() {
        for (String hook : new String[] {"beforeSave", "beforeCreate"}) {
            Gadget g = new Gadget("cup", 1);
            g.failIn = hook;
            queries.reset();
            assertThatThrownBy(g::save).isInstanceOf(IllegalStateException.class).hasMessageContaining(hook);
            assertThat(queries.count()).isZero();
            assertThat(g.isNewRecord()).isTrue();
            assertThat(g.id).isNull();
        }
        assertThat(ActiveRecord.query(Gadget.class).count()).isZero();
    }

    @Test
    @DisplayName("a throwing beforeUpdate leaves the stored row unchanged")
    void beforeUpdateAborts() {
        Gadget g = new Gadget("mug", 1).save();
        g.price = 99;
        g.failIn = "beforeUpdate";
        assertThatThrownBy(g::save).isInstanceOf(IllegalStateException.class);
        assertThat(ActiveRecord.findOrFail(Gadget.class, g.id).price).isEqualTo(1);
    }

    @Test
    @DisplayName("a throwing beforeDelete keeps the row")
    void beforeDeleteAborts() {
        Gadget g = new Gadget("pan", 1).save();
        g.failIn = "beforeDelete";
        assertThatThrownBy(g::delete).isInstanceOf(IllegalStateException.class);
        assertThat(ActiveRecord.exists(Gadget.class, g.id)).isTrue();
    }
}
