package org.ar4j.tck.scenarios;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.ar4j.Capability;
import org.ar4j.Change;
import org.ar4j.ConstraintViolationException;
import org.ar4j.QueryException;
import org.ar4j.UnsupportedCapabilityException;
import org.ar4j.tck.CapabilityGate;
import org.ar4j.tck.TckScenario;
import org.ar4j.tck.fixtures.OrderLine;
import org.ar4j.tck.fixtures.Post;
import org.ar4j.tck.fixtures.User;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Dirty tracking: {@code original(field)}, {@code changes()} and {@code savedChanges()} against an oracle of the
 * values as loaded, through seeded random edits, saves, failed saves and rollbacks.
 */
@Tag("records")
class DirtyTrackingTest extends TckScenario {
    private final Random rnd = new Random(20261207_3L);

    private static Map<String, Change> expected(Map<String, Object[]> edits) {
        Map<String, Change> out = new LinkedHashMap<>();
        edits.forEach((field, v) -> {
            if (!java.util.Objects.equals(v[0], v[1])) {
                out.put(field, new Change(v[0], v[1]));
            }
        });
        return out;
    }

    @Test
    @DisplayName("seeded edits: original is the loaded value, changes() the differences, savedChanges() the last save")
    void seededEdits() {
        for (int i = 1; i <= 6; i++) {
            new OrderLine(1, i, "sku-" + i, i).save();
        }
        for (int round = 0; round < 40; round++) {
            OrderLine l = db.query(OrderLine.class).where("lineNo", 1 + rnd.nextInt(6)).one();
            Map<String, Object[]> edits = new LinkedHashMap<>();   // field -> {loaded, now}, in field order
            edits.put("sku", new Object[] {l.sku, l.sku});
            edits.put("quantity", new Object[] {l.quantity, l.quantity});
            if (rnd.nextBoolean()) {
                l.sku = "sku-" + rnd.nextInt(4);
                edits.get("sku")[1] = l.sku;
            }
            if (rnd.nextBoolean()) {
                l.quantity = rnd.nextInt(5);
                edits.get("quantity")[1] = l.quantity;
            }
            assertThat(l.original("sku")).isEqualTo(edits.get("sku")[0]);
            assertThat(l.original("quantity")).isEqualTo(edits.get("quantity")[0]);
            Map<String, Change> pending = expected(edits);
            assertThat(l.changes()).isEqualTo(pending);
            assertThat(l.changedFields()).isEqualTo(pending.keySet());
            long version = l.version;
            l.save();
            assertThat(l.changes()).isEmpty();
            if (pending.isEmpty()) {
                assertThat(l.version).as("nothing to write").isEqualTo(version);
                continue;
            }
            Map<String, Change> saved = new LinkedHashMap<>(pending);
            saved.put("version", new Change(version, version + 1));
            assertThat(l.savedChanges()).isEqualTo(saved);
            assertThat(l.original("quantity")).isEqualTo(l.quantity);
            l.quantity = -1;
            assertThat(l.savedChanges()).as("what the save wrote, not the edit after it").isEqualTo(saved);
            l.reload();
            assertThat(l.savedChanges()).as("a reload forgets it").isEmpty();
        }
    }

    @Test
    @DisplayName("a new record's changes are its set fields; after the insert, savedChanges() has the generated id")
    void newRecords() {
        User author = new User("tracked");
        assertThat(author.original("username")).isNull();
        assertThat(author.changes()).containsOnlyKeys("username", "email");   // the constructor sets both
        assertThat(author.savedChanges()).isEmpty();
        author.save();
        assertThat(author.savedChanges()).containsEntry("id", new Change(null, author.id))
                .containsEntry("username", new Change(null, "tracked"));
        assertThat(author.changes()).isEmpty();
        assertThatThrownBy(() -> author.original("nickname")).isInstanceOf(QueryException.class)
                .hasMessageContaining("nickname").hasMessageContaining("username");
    }

    @Test
    @DisplayName("a failed save keeps the changes pending and the previous savedChanges(); a retry saves them")
    void failedSaveKeepsChanges() {
        new User("taken").save();
        User u = new User("free").save();
        Map<String, Change> previous = u.savedChanges();
        u.username = "taken";
        assertThatThrownBy(u::save).isInstanceOf(ConstraintViolationException.class);
        assertThat(u.changes()).containsExactly(Map.entry("username", new Change("free", "taken")));
        assertThat(u.savedChanges()).isEqualTo(previous);
        assertThat(observer().find(User.class, u.id).orElseThrow().username).isEqualTo("free");
        u.username = "free again";
        u.save();
        assertThat(u.savedChanges()).containsExactly(Map.entry("username", new Change("free", "free again")));
    }

    @TestFactory
    Stream<DynamicTest> rollbackPutsBackTheLastSave() {
        return CapabilityGate.scenario(db, Capability.TRANSACTIONS,
                "a rolled-back save puts back the previous savedChanges() and its changes are pending again", () -> {
                    Post p = new Post(new User("writer").save(), "first").save();
                    p.title = "second";
                    p.save();
                    Map<String, Change> committed = p.savedChanges();
                    assertThat(committed).containsExactly(Map.entry("title", new Change("first", "second")));
                    assertThatThrownBy(() -> db.transaction(() -> {
                        p.title = "third";
                        p.score = 7;
                        p.save();
                        assertThat(p.savedChanges()).containsOnlyKeys("title", "score");
                        throw new IllegalStateException("boom");
                    })).isInstanceOf(IllegalStateException.class);
                    assertThat(p.savedChanges()).isEqualTo(committed);
                    assertThat(p.changes()).containsOnlyKeys("title", "score");
                    assertThat(p.original("title")).isEqualTo("second");
                    assertThat(observer().find(Post.class, p.id).orElseThrow().title).isEqualTo("second");
                },
                () -> assertThatThrownBy(() -> db.transaction(() -> new User("x").save()))
                        .isInstanceOf(UnsupportedCapabilityException.class).hasMessageContaining("TRANSACTIONS"));
    }

    @Test
    @DisplayName("insertAll and upsertAll leave savedChanges() as it was; original() follows what they stored")
    void bulkWritesDoNotRecordSavedChanges() {
        List<User> users = List.of(new User("bulk-a"), new User("bulk-b"));
        db.insertAll(users);
        for (User u : users) {
            assertThat(u.savedChanges()).isEmpty();
            assertThat(u.changes()).isEmpty();
            assertThat(u.original("username")).isEqualTo(u.username);
        }
    }
}
