package org.ar4j.tck.scenarios;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;

import org.ar4j.ActiveRecord;
import org.ar4j.Capability;
import org.ar4j.ConstraintViolationException;
import org.ar4j.ValidationException;
import org.ar4j.schema.SchemaProblem;
import org.ar4j.tck.TckScenario;
import org.ar4j.tck.fixtures.Counter;
import org.ar4j.tck.fixtures.Region;
import org.ar4j.tck.fixtures.drift.RegionGenerated;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Keys of existing tables: 32-bit keys the database generates, and numeric keys the application assigns. */
@Tag("schema")
class IdKindsTest extends TckScenario {
    private static final long SEED = 20261207L;

    @Test
    @DisplayName("Integer ids are generated in a 32-bit key column, one by one and in batches; validate is clean")
    void integerIdsAreGenerated() {
        List<Counter> saved = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            saved.add(new Counter("c" + i).save());
        }
        List<Counter> batch = new ArrayList<>();
        for (int i = 5; i < 40; i++) {
            batch.add(new Counter("c" + i));
        }
        ActiveRecord.insertAll(batch);
        saved.addAll(batch);
        assertThat(saved).allMatch(c -> c.id != null && !c.isNewRecord());
        assertThat(saved.stream().map(c -> c.id).toList()).doesNotHaveDuplicates();
        for (Counter c : saved) {
            assertThat(observer().find(Counter.class, c.id).orElseThrow().label).isEqualTo(c.label);
        }
        assertThat(db.schema().validate(Counter.class).problems()).isEmpty();
    }

    @Test
    @DisplayName("@Id(assigned = true) Integer ids are stored as given, found, updated, upserted; validate is clean")
    void assignedIntegerIds() {
        Random random = new Random(SEED);
        TreeMap<Integer, String> oracle = new TreeMap<>();
        while (oracle.size() < 30) {
            int id = random.nextInt(2_000_001) - 1_000_000;
            if (!oracle.containsKey(id)) {
                oracle.put(id, "r" + oracle.size());
                if (oracle.size() % 2 == 0) {
                    new Region(id, oracle.get(id)).save();
                } else {
                    ActiveRecord.insertAll(List.of(new Region(id, oracle.get(id))));
                }
            }
        }
        Integer some = oracle.keySet().stream().skip(7).findFirst().orElseThrow();
        Region r = ActiveRecord.findOrFail(Region.class, some);
        r.name = "renamed";
        r.save();
        oracle.put(some, "renamed");
        ActiveRecord.upsertAll(List.of(new Region(some, "upserted"), new Region(5_000_000, "new")), "id");
        oracle.put(some, "upserted");
        oracle.put(5_000_000, "new");
        assertThat(observer().query(Region.class).orderBy("id").pluck("id", Integer.class))
                .isEqualTo(new ArrayList<>(oracle.keySet()));
        assertThat(observer().query(Region.class).orderBy("id").pluck("name", String.class))
                .isEqualTo(new ArrayList<>(oracle.values()));
        assertThat(db.schema().validate(Region.class).problems()).isEmpty();
    }

    @Test
    @DisplayName("an assigned id left null, or taken, is refused naming the id, and nothing changes")
    void assignedIdsAreRequiredAndUnique() {
        new Region(1, "one").save();
        Region missing = new Region(null, "none");
        assertThatThrownBy(missing::save).isInstanceOf(ValidationException.class).hasMessageContaining("id");
        assertThat(missing.isNewRecord()).isTrue();
        Region taken = new Region(1, "again");
        assertThatThrownBy(taken::save).isInstanceOf(ConstraintViolationException.class);
        assertThat(taken.isNewRecord()).as("still new after the failed insert").isTrue();
        assertThat(observer().query(Region.class).pluck("name", String.class)).containsExactly("one");
    }

    @Test
    @DisplayName("validate reports a key column that generates ids for a model that assigns them")
    void generatingKeyColumnIsReportedForAnAssignedModel() {
        db.schema().dropIfExists(Region.class);
        db.schema().create(RegionGenerated.class);
        try {
            List<SchemaProblem> problems = db.schema().validate(Region.class).problems();
            if (db.supports(Capability.RAW_SQL) || db.supports(Capability.FOREIGN_KEYS)) {
                assertThat(problems).extracting(SchemaProblem::kind).contains(SchemaProblem.Kind.ID_GENERATION_MISMATCH);
            } else {
                assertThat(problems).as("documents have no key column: the model decides").isEmpty();
            }
        } finally {
            db.schema().dropIfExists(Region.class);
            db.schema().create(Region.class);
        }
    }
}
