package org.ar4j.tck.scenarios;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.ar4j.ActiveRecord;
import org.ar4j.ValidationException;
import org.ar4j.tck.TckScenario;
import org.ar4j.tck.fixtures.Terminal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What existing tables declare, on every backend: fixed-width text read back as written, 16-bit numbers, and columns
 * an insert leaves to the database's default (ar4j's own tables declare none, so the default here is NULL).
 */
@Tag("schema")
class ColumnFacetsTest extends TckScenario {
    private static final long SEED = 20261208L;
    private static final String LETTERS = "abZé東😀";

    private static String code(Random r) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1 + r.nextInt(4); i > 0; i--) {
            sb.appendCodePoint(LETTERS.codePointAt(LETTERS.offsetByCodePoints(0, r.nextInt(6))));
        }
        return sb.toString();
    }

    @Test
    @DisplayName("fixed-width codes and short numbers read back as written, filter and sort; validate is clean")
    void fixedWidthTextAndShortNumbers() {
        Random random = new Random(SEED);
        List<Terminal> saved = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            short gate = i == 0 ? Short.MIN_VALUE : i == 1 ? Short.MAX_VALUE : (short) (random.nextInt(2001) - 1000);
            saved.add(new Terminal(code(random), gate).save());
        }
        for (Terminal t : saved) {
            Terminal read = observer().find(Terminal.class, t.id).orElseThrow();
            assertThat(read.code).as("no padding read back").isEqualTo(t.code);
            assertThat(read.gate).isEqualTo(t.gate);
            assertThat(observer().query(Terminal.class).where("code", t.code).pluck("id", Long.class)).contains(t.id);
        }
        assertThat(observer().query(Terminal.class).orderBy("gate").orderBy("id").pluck("gate", Short.class))
                .isEqualTo(saved.stream().sorted(Comparator.comparing((Terminal t) -> t.gate)
                        .thenComparing(t -> t.id)).map(t -> t.gate).toList());
        assertThat(db.schema().validate(Terminal.class).problems()).isEmpty();
    }

    @Test
    @DisplayName("a fixed-width value ending in a space, or too long, is refused naming the field; nothing is written")
    void fixedWidthRefusesWhatCouldNotBeReadBack() {
        Terminal trailing = new Terminal("ab ", (short) 1);
        assertThatThrownBy(trailing::save).isInstanceOf(ValidationException.class).hasMessageContaining("code")
                .hasMessageContaining("ends with a space");
        Terminal longer = new Terminal("abcde", (short) 1);
        assertThatThrownBy(longer::save).isInstanceOf(ValidationException.class).hasMessageContaining("code");
        assertThat(trailing.isNewRecord() && longer.isNewRecord()).isTrue();
        assertThat(observer().query(Terminal.class).count()).isZero();
    }

    @Test
    @DisplayName("an insert leaves a null insertDefault field out and reads the stored value back, one read per insert")
    void insertDefaultsAreLeftOutAndReadBack() {
        Terminal given = new Terminal("a", (short) 1);
        given.note = "kept";
        int insert = queries.during(given::save);
        Terminal left = new Terminal("b", (short) 2);
        assertThat(queries.during(left::save)).as("the insert, then one read back").isEqualTo(insert + 1);
        assertThat(left.note).as("no default in ar4j's table: NULL").isNull();
        assertThat(left.changedFields()).isEmpty();
        List<Terminal> batch = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Terminal t = new Terminal("c" + i, (short) i);
            t.note = i % 2 == 0 ? "n" + i : null;
            batch.add(t);
        }
        int statements = queries.during(() -> ActiveRecord.insertAll(batch));
        assertThat(statements).as("one insert per shape and one read back (plus transaction control)")
                .isGreaterThanOrEqualTo(3);
        assertThat(observer().query(Terminal.class).orderBy("code").pluck("note", String.class))
                .containsExactly("kept", null, "n0", null, "n2", null, "n4", null);
        assertThat(batch).allMatch(t -> t.id != null && !t.isNewRecord());
    }
}
