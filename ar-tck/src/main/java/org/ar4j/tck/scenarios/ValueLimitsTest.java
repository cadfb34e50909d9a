package org.ar4j.tck.scenarios;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import org.ar4j.ActiveRecord;
import org.ar4j.Ar4jException;
import org.ar4j.QueryException;
import org.ar4j.ValidationException;
import org.ar4j.query.Where;
import org.ar4j.tck.TckScenario;
import org.ar4j.tck.fixtures.AllTypes;
import org.ar4j.tck.fixtures.WideCount;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Values a backend cannot store exactly are refused before any statement, naming the model, the field
 * and the limit, on every backend alike: dates outside 0001-9999, BigDecimals beyond 34 significant
 * digits or 30 after the point, NaN and infinities. -0.0 and negative BigDecimal scales are stored in
 * their portable form.
 */
@Tag("types")
class ValueLimitsTest extends TckScenario {

    private record Bad(String field, Object value, BiConsumer<AllTypes, Object> set, String mentions) {
    }

    private static List<Bad> bad() {
        return List.of(
                new Bad("day", LocalDate.of(0, 12, 31), (t, v) -> t.day = (LocalDate) v, "0001-01-01"),
                new Bad("day", LocalDate.of(10_000, 1, 1), (t, v) -> t.day = (LocalDate) v, "9999-12-31"),
                new Bad("at", Instant.MAX, (t, v) -> t.at = (Instant) v, "9999-12-31"),
                new Bad("at", Instant.MIN, (t, v) -> t.at = (Instant) v, "0001-01-01"),
                new Bad("at", Instant.parse("+10000-01-01T00:00:00Z"), (t, v) -> t.at = (Instant) v, "9999-12-31"),
                new Bad("localTime", LocalDateTime.MAX, (t, v) -> t.localTime = (LocalDateTime) v, "9999-12-31"),
                new Bad("localTime", LocalDateTime.of(0, 1, 1, 0, 0), (t, v) -> t.localTime = (LocalDateTime) v, "0001-01-01"),
                new Bad("amount", new BigDecimal("1" + "0".repeat(34)), (t, v) -> t.amount = (BigDecimal) v, "34"),
                new Bad("amount", new BigDecimal("1E+40"), (t, v) -> t.amount = (BigDecimal) v, "34"),
                new Bad("amount", new BigDecimal("0." + "0".repeat(30) + "1"), (t, v) -> t.amount = (BigDecimal) v, "30"),
                new Bad("ratio", Double.NaN, (t, v) -> t.ratio = (Double) v, "NaN"),
                new Bad("ratio", Double.POSITIVE_INFINITY, (t, v) -> t.ratio = (Double) v, "Infinity"),
                new Bad("primitiveRatio", Double.NEGATIVE_INFINITY, (t, v) -> t.primitiveRatio = (Double) v, "Infinity"));
    }

    @Test
    @DisplayName("out-of-range values are refused by save, insertAll, updateAll and where, before any statement")
    void refusedEverywhere() {
        AllTypes stored = new AllTypes();
        stored.text = "kept";
        stored.save();
        for (Bad b : bad()) {
            String where = b.field() + " = " + b.value();
            AllTypes t = new AllTypes();
            b.set().accept(t, b.value());
            queries.reset();
            assertThatThrownBy(t::save).as(where).isInstanceOf(ValidationException.class)
                    .hasMessageContaining("AllTypes").hasMessageContaining(b.field()).hasMessageContaining(b.mentions())
                    .hasMessageContaining(b.value() instanceof Double ? "every backend" : db.backendName());
            assertThatThrownBy(() -> db.insertAll(List.of(t))).as(where).isInstanceOf(ValidationException.class);
            assertThat(t.isNewRecord()).isTrue();
            assertThat(t.id).isNull();
            assertThatThrownBy(() -> ActiveRecord.query(AllTypes.class).where(Where.eq(b.field(), b.value())).all())
                    .as(where).isInstanceOf(QueryException.class).hasMessageContaining("AllTypes." + b.field());
            assertThatThrownBy(() -> ActiveRecord.query(AllTypes.class).updateAll(Map.of(b.field(), b.value())))
                    .as(where).isInstanceOf(ValidationException.class).hasMessageContaining(b.field());
            assertThat(queries.count()).as(where + ": no statement reached the database").isZero();
        }
        assertThat(observer().query(AllTypes.class).pluck("text", String.class)).containsExactly("kept");
        AllTypes row = observer().query(AllTypes.class).one();
        assertThat(row.day).isNull();
        assertThat(row.amount).isNull();
    }

    @Test
    @DisplayName("the limits themselves are stored exactly: 0001-01-01, 9999-12-31T23:59:59.999999, 34 digits, scale 30")
    void limitsAreStored() {
        AllTypes t = new AllTypes();
        t.day = LocalDate.of(1, 1, 1);
        t.localTime = LocalDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_000);
        t.at = Instant.parse("9999-12-31T23:59:59.999999Z");
        t.amount = new BigDecimal("-" + "9".repeat(4) + "." + "9".repeat(30));
        t.save();
        AllTypes back = observer().find(AllTypes.class, t.id).orElseThrow();
        assertThat(back.day).isEqualTo(t.day);
        assertThat(back.localTime).isEqualTo(t.localTime);
        assertThat(back.at).isEqualTo(t.at);
        assertThat(back.amount).isEqualTo(t.amount);
    }

    @Test
    @DisplayName("-0.0 is stored as 0.0 and 2E+1 as 20, on every backend, and both compare equal to what they mean")
    void portableForms() {
        AllTypes t = new AllTypes();
        t.ratio = -0.0d;
        t.amount = new BigDecimal("2E+1");
        t.save();
        AllTypes back = observer().find(AllTypes.class, t.id).orElseThrow();
        assertThat(back.ratio).isEqualTo(0.0d);
        assertThat(Double.doubleToRawLongBits(back.ratio)).as("positive zero").isZero();
        assertThat(back.amount).isEqualTo(new BigDecimal("20"));
        assertThat(ActiveRecord.query(AllTypes.class).where(Where.eq("ratio", -0.0d)).count()).isEqualTo(1);
        assertThat(ActiveRecord.query(AllTypes.class).where(Where.eq("amount", new BigDecimal("20.000"))).count()).isEqualTo(1);
        assertThat(t.changedFields()).isEmpty();
    }

    @Test
    @DisplayName("byte[] compares for equality only: ordering and ranges are refused alike, before any statement")
    void bytesAreNotOrdered() {
        AllTypes t = new AllTypes();
        t.blob = new byte[] {1, 2};
        t.save();
        queries.reset();
        assertThatThrownBy(() -> ActiveRecord.query(AllTypes.class).where(Where.lt("blob", new byte[] {3})).all())
                .isInstanceOf(QueryException.class).hasMessageContaining("AllTypes.blob");
        assertThatThrownBy(() -> ActiveRecord.query(AllTypes.class).orderBy("blob").all())
                .isInstanceOf(QueryException.class).hasMessageContaining("equality");
        assertThat(queries.count()).isZero();
        assertThat(ActiveRecord.query(AllTypes.class).where(Where.eq("blob", new byte[] {1, 2})).count()).isEqualTo(1);
        assertThat(ActiveRecord.query(AllTypes.class).where(Where.in("blob", new byte[] {1, 2}, new byte[] {9})).count())
                .isEqualTo(1);
    }

    @Test
    @DisplayName("a stored number an int field cannot hold (3e9, written by another model) is refused when read,"
            + " naming model, field and value, never wrapped; where the column refuses it, the write fails instead")
    void storedValueBeyondIntIsRefusedOnRead() {
        AllTypes t = new AllTypes();
        t.text = "wide";
        t.count = 1;
        t.primitiveCount = 1;
        t.save();
        long wide = 3_000_000_000L;
        boolean stored;
        try {
            db.query(WideCount.class).where("id", t.id).updateAll(Map.of("count", wide, "primitiveCount", wide));
            stored = true;
        } catch (Ar4jException refusedByTheColumn) {
            stored = false;
        }
        if (!stored) {
            assertThat(observer().find(WideCount.class, t.id).orElseThrow().count).isEqualTo(1L);
            return;
        }
        assertThatThrownBy(() -> observer().find(AllTypes.class, t.id)).isInstanceOf(QueryException.class)
                .hasMessageContaining("AllTypes.count").hasMessageContaining("3000000000");
        assertThatThrownBy(() -> ActiveRecord.query(AllTypes.class).pluck("primitiveCount", Integer.class))
                .isInstanceOf(QueryException.class).hasMessageContaining("AllTypes.primitiveCount")
                .hasMessageContaining("3000000000");
        assertThatThrownBy(t::reload).isInstanceOf(QueryException.class).hasMessageContaining("AllTypes.count");
        assertThat(t.count).as("the record keeps its values").isEqualTo(1);
        assertThat(observer().find(WideCount.class, t.id).orElseThrow().count).as("the data is unchanged").isEqualTo(wide);
    }
}
