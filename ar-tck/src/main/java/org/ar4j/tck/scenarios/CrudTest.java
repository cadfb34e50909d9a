package org.ar4j.tck.scenarios;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.ar4j.ActiveRecord;
import org.ar4j.RecordNotFoundException;
import org.ar4j.StaleRecordException;
import org.ar4j.tck.TckScenario;
import org.ar4j.tck.fixtures.Coupon;
import org.ar4j.tck.fixtures.Token;
import org.ar4j.tck.fixtures.User;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import org.ar4j.QueryEvent;
import org.ar4j.ValidationException;

/** Create, read, update, delete. */
@Tag("crud")
class CrudTest extends TckScenario {

    @Test
    @DisplayName("save() of a new record inserts it with one insert and assigns a generated id")
    void insertGeneratesId() {
        User u = new User("ann");
        assertThat(u.isNewRecord()).isTrue();
        queries.reset();
        u.save();
        // One insert; a backend may also reserve the id (MongoDB's counter), never read anything.
        assertThat(queries.events()).filteredOn(e -> e.operation().equalsIgnoreCase("insert")).hasSize(1);
        assertThat(queries.events()).noneMatch(QueryEvent::isRead);
        assertThat(u.id).isNotNull();
        assertThat(u.isNewRecord()).isFalse();
        assertThat(ActiveRecord.findOrFail(User.class, u.id).username).isEqualTo("ann");
    }

    @Test
    @DisplayName("generated ids are distinct and increasing")
    void idsDistinct() {
        User a = new User("a").save();
        User b = new User("b").save();
        User c = new User("c").save();
        assertThat(List.of(a.id, b.id, c.id)).doesNotHaveDuplicates().isSorted();
    }

    @Test
    @DisplayName("save() of an unchanged record issues no statement")
    void unchangedSaveIsFree() {
        User u = new User("bo").save();
        queries.reset();
        u.save();
        assertThat(queries.count()).isZero();
        assertThat(u.changedFields()).isEmpty();
    }

    @Test
    @DisplayName("save() of a changed record updates only the changed fields")
    void updateChangedFieldsOnly() {
        User u = new User("cy").save();
        User other = ActiveRecord.findOrFail(User.class, u.id);
        other.email = "changed@example.com";
        other.save();
        u.username = "cyrus";
        assertThat(u.changedFields()).containsExactly("username");
        queries.reset();
        u.save();
        assertThat(queries.count()).isEqualTo(1);
        assertThat(queries.events().get(0).parameters().count()).as("SET username plus the id").isEqualTo(2);
        User stored = ActiveRecord.findOrFail(User.class, u.id);
        assertThat(stored.username).isEqualTo("cyrus");
        assertThat(stored.email).as("the other writer's change survives").isEqualTo("changed@example.com");
    }

    @Test
    @DisplayName("find gives an empty result for a missing id; findOrFail throws naming model and id")
    void findMissing() {
        assertThat(ActiveRecord.find(User.class, 987654L)).isEmpty();
        assertThatThrownBy(() -> ActiveRecord.findOrFail(User.class, 987654L))
                .isInstanceOf(RecordNotFoundException.class).hasMessageContaining("User").hasMessageContaining("987654");
        assertThat(ActiveRecord.exists(User.class, 987654L)).isFalse();
    }

    @Test
    @DisplayName("find accepts an Integer for a Long id")
    void findWidensId() {
        User u = new User("di").save();
        assertThat(ActiveRecord.find(User.class, u.id.intValue())).isPresent();
        assertThat(ActiveRecord.exists(User.class, u.id)).isTrue();
    }

    @Test
    @DisplayName("delete() removes the row and the record becomes new again")
    void deleteRemoves() {
        User u = new User("ed").save();
        u.delete();
        assertThat(ActiveRecord.exists(User.class, u.id)).isFalse();
        assertThat(u.isNewRecord()).isTrue();
    }

    @Test
    @DisplayName("deleting a record already deleted elsewhere throws StaleRecordException")
    void deleteTwice() {
        User u = new User("fi").save();
        ActiveRecord.findOrFail(User.class, u.id).delete();
        assertThatThrownBy(u::delete).isInstanceOf(StaleRecordException.class);
    }

    @Test
    @DisplayName("reload() re-reads every field and discards local changes")
    void reloadRereads() {
        User u = new User("gus").save();
        User other = ActiveRecord.findOrFail(User.class, u.id);
        other.email = "new@example.com";
        other.save();
        u.username = "local change";
        u.reload();
        assertThat(u.username).isEqualTo("gus");
        assertThat(u.email).isEqualTo("new@example.com");
        assertThat(u.changedFields()).isEmpty();
    }

    @Test
    @DisplayName("reload() of a deleted record throws RecordNotFoundException")
    void reloadDeleted() {
        User u = new User("hal").save();
        ActiveRecord.findOrFail(User.class, u.id).delete();
        assertThatThrownBy(u::reload).isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    @DisplayName("assigned String ids are inserted, found and updated")
    void stringIds() {
        new Coupon("SAVE10", 10).save();
        Coupon c = ActiveRecord.findOrFail(Coupon.class, "SAVE10");
        c.percent = 15;
        c.save();
        assertThat(ActiveRecord.findOrFail(Coupon.class, "SAVE10").percent).isEqualTo(15);
        assertThat(ActiveRecord.find(Coupon.class, "save10")).as("ids compare case-sensitively").isEmpty();
    }

    @Test
    @DisplayName("assigned UUID ids are inserted and found")
    void uuidIds() {
        Token t = new Token("api").save();
        assertThat(ActiveRecord.findOrFail(Token.class, t.id).label).isEqualTo("api");
        assertThat(ActiveRecord.find(Token.class, UUID.randomUUID())).isEmpty();
    }

    @Test
    @DisplayName("insertAll inserts many records with generated ids, in order")
    void insertAllBatch() {
        List<User> users = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            users.add(new User("batch" + i));
        }
        db.insertAll(users);
        assertThat(users).allMatch(u -> u.id != null && !u.isNewRecord());
        assertThat(users.stream().map(u -> u.id).toList()).doesNotHaveDuplicates().isSorted();
        assertThat(User.query().count()).isEqualTo(250);
        assertThat(ActiveRecord.findOrFail(User.class, users.get(123).id).username).isEqualTo("batch123");
    }

    @Test
    @DisplayName("insertAll with assigned ids keeps them")
    void insertAllAssigned() {
        db.insertAll(List.of(new Coupon("A", 1), new Coupon("B", 2)));
        assertThat(ActiveRecord.query(Coupon.class).orderBy("code").pluck("code", String.class)).containsExactly("A", "B");
    }

    @Test
    @DisplayName("an assigned id left null is a validation error and nothing is written")
    void assignedIdRequired() {
        Coupon c = new Coupon(null, 5);
        assertThatThrownBy(c::save).isInstanceOf(ValidationException.class).hasMessageContaining("code");
        assertThat(ActiveRecord.query(Coupon.class).count()).isZero();
    }
}
