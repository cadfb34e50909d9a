package org.ar4j.tck.scenarios;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.ar4j.ActiveRecord;
import org.ar4j.QueryEvent;
import org.ar4j.schema.SchemaProblem;
import org.ar4j.schema.SchemaProblem.Kind;
import org.ar4j.Capability;
import org.ar4j.tck.TckScenario;
import org.ar4j.tck.fixtures.drift.DriftTypesV1;
import org.ar4j.tck.fixtures.drift.DriftTypesV2;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A migration never loses data and can run again (docs/schema.md): changing a column's nullability keeps its live
 * type exactly (a type change is only ever a note), and a second run of an applied migration does nothing; the
 * required column it could not tighten becomes NOT NULL once every row has a value.
 */
@Tag("schema")
class SchemaMigrationSafetyTest extends TckScenario {

    @BeforeEach
    @AfterEach
    void drop() {
        db.schema().dropIfExists(DriftTypesV1.class);
    }

    /**
     * Whether tables declare their columns (every SQL backend, and the memory backend), as opposed to documents
     * that do not (MongoDB): a backend with raw SQL or foreign keys keeps a schema.
     */
    private boolean sql() {
        return db.supports(Capability.RAW_SQL) || db.supports(Capability.FOREIGN_KEYS);
    }

    @Test
    @DisplayName("migrate keeps every stored value when the model changes types and nullability, and runs again as a no-op")
    void migrationKeepsValuesAndIsIdempotent() {
        db.schema().create(DriftTypesV1.class);
        Random random = new Random(24_1);
        List<DriftTypesV1> rows = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            DriftTypesV1 r = new DriftTypesV1();
            r.ratio = random.nextInt(1000) / 10.0 + 0.05;
            r.amt = BigDecimal.valueOf(random.nextInt(1_000_000), 4);
            rows.add(r.save());
        }
        rows.get(0).ratio = 2.7;
        rows.get(0).amt = new BigDecimal("1.2345");
        rows.get(0).save();

        db.schema().migrate(DriftTypesV2.class);
        assertStoredAsBefore(rows);
        if (sql()) {
            assertThat(db.schema().validate(DriftTypesV2.class).problems(Kind.TYPE_MISMATCH))
                    .as("the type changes stay differences a person decides").extracting(SchemaProblem::field)
                    .contains("ratio");
            assertThat(db.schema().validate(DriftTypesV2.class).problems(Kind.NULLABILITY_MISMATCH))
                    .extracting(SchemaProblem::field).contains("code");
        }

        queries.reset();
        db.schema().migrate(DriftTypesV2.class);
        assertThat(queries.events()).as("a second run of the applied migration only reads").allMatch(QueryEvent::isRead);
        assertStoredAsBefore(rows);

        ActiveRecord.query(DriftTypesV2.class).updateAll(Map.of("code", "filled"));
        db.schema().migrate(DriftTypesV2.class);
        assertStoredAsBefore(rows);
        if (sql() && db.schema().migrationScript(DriftTypesV2.class).lines().noneMatch(l -> l.contains("rebuild"))) {
            assertThat(db.schema().validate(DriftTypesV2.class).problems(Kind.NULLABILITY_MISMATCH))
                    .as("once every row has a code, the migration makes it NOT NULL").isEmpty();
        }
        queries.reset();
        db.schema().migrate(DriftTypesV2.class);
        assertThat(queries.events()).as("and running it again changes nothing").allMatch(QueryEvent::isRead);
    }

    /** Every row, read through a second database with the first model, holds exactly the values written. */
    private void assertStoredAsBefore(List<DriftTypesV1> rows) {
        for (DriftTypesV1 r : rows) {
            DriftTypesV1 stored = observer().find(DriftTypesV1.class, r.id).orElseThrow();
            assertThat(stored.ratio).as("ratio of row " + r.id).isEqualTo(r.ratio);
            assertThat(stored.amt).as("amt of row " + r.id).isEqualByComparingTo(r.amt);
        }
    }
}
