package org.ar4j.tck.scenarios;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.ar4j.ActiveRecord;
import org.ar4j.Ar4jException;
import org.ar4j.ArgumentException;
import org.ar4j.UnsupportedCapabilityException;
import org.ar4j.ValidationException;
import org.ar4j.Capability;
import org.ar4j.tck.CapabilityGate;
import org.ar4j.tck.TckScenario;
import org.ar4j.tck.fixtures.AllTypes;
import org.ar4j.tck.fixtures.Gadget;
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
 * insertAll's contract (docs/transactions.md, rule 3): every record is checked before the first statement
 * (new, given once, valid, values the backend stores), so bad input sends nothing, not even a BEGIN; and the
 * records of several models are inserted all-or-nothing. The data is read back through a second database.
 */
@Tag("failures")
class InsertAllTest extends TckScenario {

    /** insertAll over several models at once; the API's generics take one model, a caller may pass several. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private void insertMixed(List<ActiveRecord<?>> records) {
        db.insertAll((List) records);
    }

    private static Post post(String title) {
        Post p = new Post();
        p.title = title;
        return p;
    }

    @Test
    @DisplayName("the same record twice in insertAll is refused before any statement, and nothing is written")
    void sameRecordTwice() {
        Random random = new Random(24_3);
        for (int round = 0; round < 5; round++) {
            List<User> batch = new ArrayList<>();
            for (int i = 0; i < 2 + random.nextInt(8); i++) {
                batch.add(new User("u" + round + "_" + i));
            }
            User repeated = batch.get(random.nextInt(batch.size()));
            batch.add(random.nextInt(batch.size() + 1), repeated);
            queries.reset();
            assertThatThrownBy(() -> db.insertAll(batch)).isInstanceOf(ArgumentException.class)
                    .hasMessageContaining("User").hasMessageContaining("twice").hasMessageContaining("remove the repeat");
            assertThat(queries.count()).isZero();
            assertThat(queries.transactionControl()).as("not even a BEGIN").isEmpty();
            assertThat(batch).allMatch(u -> u.isNewRecord() && u.id == null);
        }
        assertThat(observer().query(User.class).count()).isZero();
    }

    @Test
    @DisplayName("insertAll refuses a bad value or an invalid record of any model before the first statement")
    void checkedBeforeAnyStatement() {
        AllTypes outOfRange = new AllTypes();
        outOfRange.amount = new BigDecimal("1E+40");
        Gadget invalid = new Gadget("", 3);
        for (ActiveRecord<?> bad : List.<ActiveRecord<?>>of(outOfRange, invalid)) {
            List<ActiveRecord<?>> records = new ArrayList<>();
            records.add(new User("first"));
            records.add(post("a post"));
            records.add(bad);
            queries.reset();
            assertThatThrownBy(() -> insertMixed(records)).isInstanceOf(ValidationException.class)
                    .hasMessageContaining(bad.getClass().getSimpleName());
            assertThat(queries.count()).as("no statement").isZero();
            assertThat(queries.transactionControl()).as("not even a BEGIN (SQLite: no write lock taken)").isEmpty();
            assertThat(records).allMatch(ActiveRecord::isNewRecord);
        }
        assertThat(observer().query(User.class).count()).isZero();
        assertThat(observer().query(Post.class).count()).isZero();
    }

    @TestFactory
    Stream<DynamicTest> severalModelsAllOrNothing() {
        return CapabilityGate.scenario(db, Capability.TRANSACTIONS,
                "insertAll of several models outside a transaction writes nothing when a later model's row fails",
                () -> {
                    new User("taken").save();
                    Random random = new Random(24_4);
                    List<ActiveRecord<?>> records = new ArrayList<>();
                    int posts = 1 + random.nextInt(20);
                    for (int i = 0; i < posts; i++) {
                        records.add(post("post " + i));
                    }
                    records.add(new User("fresh"));
                    records.add(new User("taken"));
                    assertThatThrownBy(() -> insertMixed(records)).isInstanceOf(Ar4jException.class);
                    assertThat(observer().query(Post.class).count()).as("the first model's rows are not kept").isZero();
                    assertThat(observer().query(User.class).pluck("username", String.class)).containsExactly("taken");
                    assertThat(records).as("every record is new again, so a retry writes")
                            .allMatch(r -> r.isNewRecord());
                    records.remove(records.size() - 1);
                    insertMixed(records);
                    assertThat(observer().query(Post.class).count()).isEqualTo(posts);
                    assertThat(observer().query(User.class).count()).isEqualTo(2);
                },
                () -> assertThatThrownBy(() -> db.transaction(() -> new User("x").save()))
                        .isInstanceOf(UnsupportedCapabilityException.class)
                        .hasMessageContaining("TRANSACTIONS"));
    }
}
