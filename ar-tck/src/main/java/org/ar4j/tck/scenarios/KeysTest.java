package org.ar4j.tck.scenarios;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.ar4j.ActiveRecord;
import org.ar4j.Ar4jException;
import org.ar4j.ValidationException;
import org.ar4j.tck.TckScenario;
import org.ar4j.tck.fixtures.Marker;
import org.ar4j.tck.fixtures.Sequenced;
import org.ar4j.tck.fixtures.User;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Generated keys: never colliding with assigned ones, and for models with no other field. */
@Tag("crud")
class KeysTest extends TckScenario {

    @Test
    @DisplayName("generated ids never collide with ids assigned explicitly before them")
    void explicitThenGenerated() {
        User first = new User("generated-1").save();
        User explicit = new User("explicit");
        explicit.id = first.id + 1000;
        explicit.save();
        User next = new User("generated-2").save();
        assertThat(next.id).isNotEqualTo(explicit.id).isGreaterThan(explicit.id);
        List<User> batch = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            batch.add(new User("batch" + i));
        }
        User explicitInBatch = new User("explicit-batch");
        explicitInBatch.id = next.id + 50;
        batch.add(explicitInBatch);
        db.insertAll(batch);
        User after = new User("generated-3").save();
        Set<Long> ids = new HashSet<>(observer().query(User.class).pluck("id", Long.class));
        assertThat(ids).as("8 users, 8 ids").hasSize(8).contains(after.id);
        assertThat(after.id).isGreaterThan(explicitInBatch.id);
    }

    @Test
    @DisplayName("a model whose only field is its generated id is saved and batch-inserted")
    void onlyAnId() {
        Marker m = new Marker().save();
        assertThat(m.id).isNotNull();
        List<Marker> more = List.of(new Marker(), new Marker(), new Marker());
        db.insertAll(more);
        Set<Long> ids = new HashSet<>();
        ids.add(m.id);
        more.forEach(x -> ids.add(x.id));
        assertThat(ids).hasSize(4).doesNotContainNull();
        assertThat(observer().query(Marker.class).pluck("id", Long.class)).containsExactlyInAnyOrderElementsOf(ids);
        m.delete();
        assertThat(ActiveRecord.query(Marker.class).count()).isEqualTo(3);
    }

    @Test
    @DisplayName("an explicit id 0 on a generated id is refused by save, insertAll and upsertAll before any statement")
    void explicitZeroIdRefused() {
        User zero = new User("zero");
        zero.id = 0L;
        List<User> batch = List.of(new User("a"), zeroUser("b"), new User("c"));
        queries.reset();
        assertThatThrownBy(zero::save).isInstanceOf(ValidationException.class)
                .hasMessageContaining("User").hasMessageContaining("id").hasMessageContaining("leave it null");
        assertThatThrownBy(() -> db.insertAll(batch)).isInstanceOf(ValidationException.class).hasMessageContaining("id");
        assertThatThrownBy(() -> db.upsertAll(List.of(zeroUser("d")), "username")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("id");
        assertThat(queries.count()).as("no statement").isZero();
        assertThat(zero.isNewRecord()).isTrue();
        assertThat(zero.id).isZero();
        assertThat(batch).allMatch(User::isNewRecord);
        assertThat(observer().query(User.class).count()).isZero();
        zero.id = null;
        zero.save();
        assertThat(observer().find(User.class, zero.id)).get().extracting(u -> u.username).isEqualTo("zero");
    }

    private static User zeroUser(String name) {
        User u = new User(name);
        u.id = 0L;
        return u;
    }

    @Test
    @DisplayName("after an explicit id of Long.MAX_VALUE, generating an id is refused with an ar4j exception on every"
            + " backend; nothing is written and the record stays new")
    void generatedIdsExhausted() {
        db.schema().dropIfExists(Sequenced.class);
        db.schema().create(Sequenced.class);
        try {
            Sequenced max = new Sequenced("max");
            max.id = Long.MAX_VALUE;
            try {
                max.save();
            } catch (Ar4jException refused) {
                // a backend that moves its generator past given ids (H2) refuses the id it could never pass
                assertThat(max.isNewRecord()).isTrue();
                assertThat(observer().query(Sequenced.class).count()).isZero();
                return;
            }
            Sequenced next = new Sequenced("next");
            assertThatThrownBy(next::save).isInstanceOf(Ar4jException.class);
            assertThat(next.isNewRecord()).isTrue();
            assertThat(next.id).isNull();
            List<Sequenced> batch = List.of(new Sequenced("b1"), new Sequenced("b2"));
            assertThatThrownBy(() -> db.insertAll(batch)).isInstanceOf(Ar4jException.class);
            assertThat(batch).allMatch(u -> u.isNewRecord() && u.id == null);
            assertThat(observer().query(Sequenced.class).pluck("name", String.class)).containsExactly("max");
            assertThat(observer().query(Sequenced.class).pluck("id", Long.class)).containsExactly(Long.MAX_VALUE);
        } finally {
            db.schema().dropIfExists(Sequenced.class);
        }
    }
}
