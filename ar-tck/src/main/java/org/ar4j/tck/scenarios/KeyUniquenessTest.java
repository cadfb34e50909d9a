package org.ar4j.tck.scenarios;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.ar4j.Capability;
import org.ar4j.SchemaMismatchException;
import org.ar4j.query.Order;
import org.ar4j.query.Where;
import org.ar4j.schema.SchemaProblem;
import org.ar4j.tck.TckScenario;
import org.ar4j.tck.fixtures.keys.LinkByA;
import org.ar4j.tck.fixtures.keys.LinkRow;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A write by id touches exactly one row. An existing link table mapped with {@code @Id} on one of its two key columns
 * (which the database does not keep unique) would otherwise have one {@code save()} rewrite every row sharing that
 * value: such a write is rolled back and refused naming the model and column, and validate reports the column.
 */
@Tag("schema")
class KeyUniquenessTest extends TckScenario {

    private List<LinkRow> seed() {
        db.schema().dropIfExists(LinkRow.class);
        db.schema().create(LinkRow.class);
        Random random = new Random(4);
        List<LinkRow> rows = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            rows.add(new LinkRow(1 + random.nextInt(3), i));
        }
        LinkRow.insertAll(rows);
        return rows;
    }

    private List<String> notes() {
        return observer().query(LinkRow.class).orderBy(Order.asc("id")).pluck("note", String.class);
    }

    @Test
    @DisplayName("save() and delete() by an @Id the table does not keep unique touch no row and say so")
    void writesByANonUniqueId() {
        List<LinkRow> rows = seed();
        List<Long> ids = db.query(LinkByA.class).pluck("aId", Long.class);
        if (ids.size() == new java.util.HashSet<>(ids).size()) {
            // a document store keeps the id of every document unique (MongoDB's _id, which the id maps to): there is
            // no such table, validate agrees, and a write touches its own document
            assertThat(db.schema().validate(LinkByA.class).problems(SchemaProblem.Kind.ID_NOT_UNIQUE)).isEmpty();
            LinkByA link = db.query(LinkByA.class).where(Where.eq("aId", ids.get(0))).one();
            link.note = "changed";
            link.save();
            assertThat(notes()).containsOnlyOnce("changed").hasSize(rows.size());
            return;
        }
        List<String> before = notes();
        assertThat(db.schema().validate(LinkByA.class).problems(SchemaProblem.Kind.ID_NOT_UNIQUE))
                .singleElement().satisfies(p -> assertThat(p.field()).isEqualTo("aId"));
        long a = rows.get(0).aId;
        LinkByA link = db.query(LinkByA.class).where(Where.eq("aId", a)).first().orElseThrow();
        link.note = "changed";
        assertThatThrownBy(link::save).isInstanceOf(SchemaMismatchException.class)
                .hasMessageContaining("LinkByA").hasMessageContaining("a_id").hasMessageContaining("rolled back");
        assertThat(link.note).isEqualTo("changed");
        assertThat(link.changedFields()).contains("note");
        assertThat(notes()).isEqualTo(before);
        assertThatThrownBy(link::delete).isInstanceOf(SchemaMismatchException.class);
        assertThat(link.isNewRecord()).isFalse();
        assertThat(notes()).isEqualTo(before);
        // inside a caller's transaction: with savepoints the refused write alone is undone and the transaction goes
        // on; without, the transaction can only roll back
        if (db.supports(Capability.SAVEPOINTS)) {
            db.transaction(() -> {
                assertThatThrownBy(link::save).isInstanceOf(SchemaMismatchException.class);
                new LinkRow(9, 9).save();
            });
        } else {
            assertThatThrownBy(() -> db.transaction(() -> {
                new LinkRow(8, 8).save();
                link.save();
            })).isInstanceOf(SchemaMismatchException.class);
            new LinkRow(9, 9).save();
        }
        assertThat(notes()).hasSize(before.size() + 1).startsWith(before.toArray(new String[0]));
        // a key value that names one row is written as usual
        LinkByA single = db.query(LinkByA.class).where(Where.eq("aId", 9L)).one();
        single.note = "only";
        single.save();
        assertThat(notes()).endsWith("only");
    }
}
