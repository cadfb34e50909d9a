package org.ar4j.tck.scenarios;

import org.ar4j.ActiveRecord;
import org.ar4j.ConstraintViolationException;
import org.ar4j.ModelDefinitionException;
import org.ar4j.query.Where;
import org.ar4j.tck.TckScenario;
import org.ar4j.tck.fixtures.DottedField;
import org.ar4j.tck.fixtures.LongNames;
import org.ar4j.tck.fixtures.LongNamesTwin;
import org.ar4j.tck.fixtures.WideIndex;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Names are kept exactly or refused, never changed: a name a backend would truncate or read as
 * something else fails the model at first use, naming the model, the name and the rule.
 */
@Tag("identifiers")
class IdentifiersTest extends TckScenario {

    @Test
    @DisplayName("names over 63 bytes are kept exactly (two models never share a table) or the model is refused"
            + " before any statement")
    void longNames() {
        queries.reset();
        try {
            db.schema().createIfMissing(LongNames.class, LongNamesTwin.class);
        } catch (ModelDefinitionException e) {
            assertThat(e).hasMessageContaining("LongNames").hasMessageContaining("bytes")
                    .hasMessageContaining(db.backendName()).hasMessageContaining("Fix");
            assertThat(queries.count()).as("refused before any statement").isZero();
            assertThatThrownBy(() -> ActiveRecord.query(LongNames.class).count()).isInstanceOf(ModelDefinitionException.class);
            return;
        }
        try {
            LongNames one = new LongNames();
            one.label = "one";
            one.save();
            LongNamesTwin two = new LongNamesTwin();
            two.label = "two";
            two.save();
            assertThat(ActiveRecord.query(LongNames.class).pluck("label", String.class)).containsExactly("one");
            assertThat(ActiveRecord.query(LongNamesTwin.class).pluck("label", String.class)).containsExactly("two");
            db.schema().createIfMissing(LongNames.class, LongNamesTwin.class);
            db.schema().dropIfExists(LongNames.class);
            assertThat(ActiveRecord.query(LongNamesTwin.class).count()).as("dropping one left the other").isEqualTo(1);
            db.schema().createIfMissing(LongNames.class);
            assertThat(ActiveRecord.query(LongNames.class).count()).isZero();
        } finally {
            db.schema().dropIfExists(LongNames.class, LongNamesTwin.class);
        }
    }

    @Test
    @DisplayName("field names read as a path (a.b) or an operator ($where) are stored as plain names or the model is refused")
    void documentPathNames() {
        queries.reset();
        try {
            db.schema().createIfMissing(DottedField.class);
        } catch (ModelDefinitionException e) {
            assertThat(e).hasMessageContaining("DottedField").hasMessageContaining(db.backendName())
                    .hasMessageContaining("'");
            assertThat(queries.count()).isZero();
            return;
        }
        try {
            DottedField d = new DottedField();
            d.dotted = "path";
            d.operator = "1 == 1";
            d.save();
            DottedField other = new DottedField();
            other.dotted = "other";
            other.save();
            assertThat(ActiveRecord.query(DottedField.class).where(Where.eq("dotted", "path")).count()).isEqualTo(1);
            assertThat(ActiveRecord.query(DottedField.class).where(Where.eq("operator", "1 == 1")).count()).isEqualTo(1);
            d.operator = "changed";
            d.save();
            assertThat(ActiveRecord.findOrFail(DottedField.class, d.id).operator).isEqualTo("changed");
            assertThat(ActiveRecord.findOrFail(DottedField.class, other.id).operator).isNull();
        } finally {
            db.schema().dropIfExists(DottedField.class);
        }
    }

    @Test
    @DisplayName("a generated index name longer than 63 bytes is shortened deterministically, and its violations"
            + " still name the field")
    void generatedIndexNames() {
        new WideIndex("a").save();
        assertThatThrownBy(() -> new WideIndex("a").save()).isInstanceOf(ConstraintViolationException.class)
                .satisfies(e -> assertThat(((ConstraintViolationException) e).fields()).containsExactly("WideIndex.code"));
        assertThat(observer().query(WideIndex.class).count()).isEqualTo(1);
    }
}
