package org.ar4j.tck.scenarios;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.ar4j.QueryEvent;
import org.ar4j.SchemaMismatchException;
import org.ar4j.schema.SchemaProblem;
import org.ar4j.schema.SchemaProblem.Kind;
import org.ar4j.schema.SchemaReport;
import org.ar4j.Capability;
import org.ar4j.tck.TckScenario;
import org.ar4j.tck.fixtures.User;
import org.ar4j.tck.fixtures.drift.DriftNote;
import org.ar4j.tck.fixtures.drift.DriftV1;
import org.ar4j.tck.fixtures.drift.IndexedTextV1;
import org.ar4j.tck.fixtures.drift.IndexedTextV2;
import org.ar4j.tck.fixtures.drift.IndexedV1;
import org.ar4j.tck.fixtures.drift.IndexedV2;
import org.ar4j.tck.fixtures.drift.DriftV2;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The schema lifecycle: a created schema validates clean; a model that grew a field, a unique code and a
 * key finds its old table reported (model, field, fix); the migration brings the table to the model and
 * keeps its rows; validation is read-only.
 */
@Tag("schema")
class SchemaLifecycleTest extends TckScenario {

    @BeforeEach
    @AfterEach
    void dropDriftTables() {
        db.schema().dropIfExists(DriftNote.class, DriftV2.class);
    }

    /**
     * Whether tables declare their columns (every SQL backend, and the memory backend), as opposed to documents
     * that do not (MongoDB): a backend with raw SQL or foreign keys keeps a schema.
     */
    private boolean sql() {
        return db.supports(Capability.RAW_SQL) || db.supports(Capability.FOREIGN_KEYS);
    }

    @Test
    @DisplayName("tables created from the models validate clean, and validation reads only")
    void createdSchemaIsClean() {
        db.schema().create(DriftV2.class, DriftNote.class);
        queries.reset();
        SchemaReport report = db.schema().validate(User.class, DriftV2.class, DriftNote.class);
        assertThat(report.problems()).isEmpty();
        assertThat(report.isClean()).isTrue();
        assertThat(queries.events()).as("validation only reads").allMatch(QueryEvent::isRead);
        db.schema().requireValid(DriftV2.class, DriftNote.class);
        assertThat(db.schema().migrationScript(DriftV2.class, DriftNote.class)).isEmpty();
    }

    @Test
    @DisplayName("@Column(index = true) is created with the table, reported when missing, and added by migrate")
    void declaredIndex() {
        db.schema().dropIfExists(IndexedV2.class);
        db.schema().create(IndexedV2.class);
        assertThat(db.schema().validate(IndexedV2.class).problems()).isEmpty();
        db.schema().drop(IndexedV2.class);
        db.schema().create(IndexedV1.class);
        assertThat(db.schema().validate(IndexedV2.class).problems(Kind.MISSING_INDEX)).singleElement()
                .satisfies(p -> assertThat(p.model()).isEqualTo("IndexedV2"));
        db.schema().migrate(IndexedV2.class);
        assertThat(db.schema().validate(IndexedV2.class).problems()).isEmpty();
        db.schema().drop(IndexedV2.class);
    }

    @Test
    @DisplayName("an indexed text field holds at most 255 characters everywhere, and validate agrees with its migration")
    void indexedTextLimit() {
        db.schema().dropIfExists(IndexedTextV2.class);
        db.schema().create(IndexedTextV1.class);
        IndexedTextV1 old = new IndexedTextV1();
        old.label = "x".repeat(300);
        old.save(); // no index yet: no limit
        IndexedTextV1 kept = new IndexedTextV1();
        kept.label = "short";
        kept.save();
        db.schema().migrate(IndexedTextV2.class);
        assertThat(db.schema().validate(IndexedTextV2.class).problems()).as("validate after migrate").isEmpty();
        db.schema().requireValid(IndexedTextV2.class);
        IndexedTextV2 fits = new IndexedTextV2();
        fits.label = "é".repeat(255);
        fits.save();
        IndexedTextV2 tooLong = new IndexedTextV2();
        tooLong.label = "y".repeat(256);
        assertThatThrownBy(tooLong::save).isInstanceOf(org.ar4j.ValidationException.class)
                .hasMessageContaining("label").hasMessageContaining("255");
        assertThat(tooLong.isNewRecord()).isTrue();
        assertThat(db.query(IndexedTextV2.class).count()).isEqualTo(3);
        assertThat(db.query(IndexedTextV2.class).where(org.ar4j.query.Where.eq("label", "short")).count()).isEqualTo(1);
        db.schema().drop(IndexedTextV2.class);
        // created with the index, the same limit and a clean validate
        db.schema().create(IndexedTextV2.class);
        assertThat(db.schema().validate(IndexedTextV2.class).problems()).isEmpty();
        assertThatThrownBy(tooLong::save).isInstanceOf(org.ar4j.ValidationException.class);
        db.schema().drop(IndexedTextV2.class);
    }

    @Test
    @DisplayName("a missing table is reported with the model and the fix")
    void missingTable() {
        SchemaReport report = db.schema().validate(DriftV2.class);
        assertThat(report.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Kind.MISSING_TABLE);
            assertThat(p.model()).isEqualTo("DriftV2");
            assertThat(p.fix()).contains("createIfMissing(DriftV2.class)");
        });
        assertThatThrownBy(() -> db.schema().requireValid(DriftV2.class)).isInstanceOf(SchemaMismatchException.class)
                .hasMessageContaining("MISSING_TABLE DriftV2");
    }

    @Test
    @DisplayName("a model that grew finds every difference of its old table, each naming the model, the field and the fix")
    void driftIsReported() {
        db.schema().create(DriftV1.class);
        SchemaReport report = db.schema().validate(DriftV2.class);
        Set<Kind> kinds = report.problems().stream().map(SchemaProblem::kind).collect(Collectors.toSet());
        assertThat(kinds).contains(Kind.MISSING_UNIQUE, Kind.MISSING_INDEX);
        if (sql()) {
            assertThat(kinds).contains(Kind.MISSING_COLUMN);
            if (db.supports(Capability.FOREIGN_KEYS)) {
                assertThat(kinds).contains(Kind.MISSING_FOREIGN_KEY);
            }
            assertThat(report.problems(Kind.MISSING_COLUMN)).extracting(SchemaProblem::field)
                    .containsExactlyInAnyOrder("body", "views", "code", "userId");
            SchemaProblem body = report.problems(Kind.MISSING_COLUMN).stream().filter(p -> p.field().equals("body"))
                    .findFirst().orElseThrow();
            assertThat(body.toString()).contains("DriftV2.body").contains("tck_drift").contains("Fix:");
        } else {
            assertThat(kinds).as("documents have no declared columns").doesNotContain(Kind.MISSING_COLUMN);
        }
        assertThat(report.problems()).allSatisfy(p -> assertThat(p.model()).isEqualTo("DriftV2"));
    }

    @Test
    @DisplayName("the migration brings the old table to the model, keeps its rows, and then validates clean")
    void migrationFixesDrift() {
        db.schema().create(DriftV1.class);
        DriftV1 old = new DriftV1();
        old.title = "kept";
        old.save();
        String script = db.schema().migrationScript(DriftV2.class, DriftNote.class);
        assertThat(script).isNotEmpty();
        db.schema().migrate(DriftV2.class, DriftNote.class);
        SchemaReport after = db.schema().validate(DriftV2.class, DriftNote.class);
        if (script.contains("declares foreign keys only when a table is created")) {
            // SQLite: a constraint cannot be added to an existing table; the script says to rebuild it.
            assertThat(after.problems()).as(after.toString()).extracting(SchemaProblem::kind)
                    .containsOnly(Kind.MISSING_FOREIGN_KEY);
            assertThat(after.problems()).singleElement().satisfies(p -> assertThat(p.field()).isEqualTo("userId"));
        } else {
            assertThat(after.problems()).as(after.toString()).isEmpty();
        }
        DriftV2 evolved = observer().query(DriftV2.class).one();
        assertThat(evolved.title).isEqualTo("kept");
        assertThat(evolved.views).as("a NOT NULL number added to existing rows starts at 0").isZero();
        evolved.body = "now stored";
        evolved.code = "C-1";
        evolved.save();
        assertThat(observer().query(DriftV2.class).where("code", "C-1").one().body).isEqualTo("now stored");
        String again = db.schema().migrationScript(DriftV2.class, DriftNote.class);
        assertThat(again.lines().filter(l -> !l.startsWith("--") && !l.startsWith("//")).toList())
                .as("no statement left to run").isEmpty();
    }

    @Test
    @DisplayName("an extra column or a nullability difference is reported; dropping a column is only ever a comment")
    void destructiveChangesAreOnlyComments() {
        db.schema().create(DriftV2.class);
        SchemaReport asV1 = db.schema().validate(DriftV1.class);
        if (sql()) {
            assertThat(asV1.problems(Kind.EXTRA_COLUMN)).extracting(SchemaProblem::detail)
                    .anySatisfy(d -> assertThat(d).contains("views").contains("refuses nulls"));
            String script = db.schema().migrationScript(DriftV1.class);
            List<String> statements = script.lines().filter(l -> !l.startsWith("--") && !l.isBlank()).toList();
            assertThat(statements).as("nothing is dropped on its own").noneMatch(l -> l.toUpperCase().contains("DROP"));
            assertThat(script).contains("DROP COLUMN").contains("-- ");
        } else {
            assertThat(asV1.problems(Kind.EXTRA_COLUMN)).isEmpty();
        }
    }

    @Test
    @DisplayName("generated index and constraint names stay within the backend's identifier limit")
    void namesWithinLimits() {
        db.schema().create(DriftV2.class, DriftNote.class);
        assertThat(db.schema().validate(DriftV2.class, DriftNote.class).isClean()).isTrue();
    }
}
