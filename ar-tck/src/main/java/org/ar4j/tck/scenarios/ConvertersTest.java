package org.ar4j.tck.scenarios;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.ar4j.ActiveRecord;
import org.ar4j.ConversionException;
import org.ar4j.QueryException;
import org.ar4j.query.Order;
import org.ar4j.query.Where;
import org.ar4j.tck.TckScenario;
import org.ar4j.tck.fixtures.Priced;
import org.ar4j.tck.fixtures.Priced.Code;
import org.ar4j.tck.fixtures.Priced.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Fields of the application's own types through {@link org.ar4j.ValueConverter}s. */
@Tag("types")
class ConvertersTest extends TckScenario {
    private static final long SEED = 20261207L;

    @Test
    @DisplayName("converted fields round-trip, filter and order by the stored value like an in-memory oracle")
    void seededRoundTripFilterAndOrder() {
        Random random = new Random(SEED);
        List<Money> values = new ArrayList<>(List.of(new Money(0), new Money(-1), new Money(Long.MAX_VALUE),
                new Money(Long.MIN_VALUE)));
        for (int i = 0; i < 20; i++) {
            values.add(new Money(random.nextInt(2_000_001) - 1_000_000));
        }
        List<Priced> saved = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            saved.add(new Priced("p" + i, values.get(i), new Code("C" + i)).save());
        }
        for (Priced p : saved) {
            Priced back = ActiveRecord.findOrFail(Priced.class, p.id);
            assertThat(back.price).as("seed " + SEED).isEqualTo(p.price);
            assertThat(back.code).isEqualTo(p.code);
        }
        for (int probe = 0; probe < 10; probe++) {
            Money m = values.get(random.nextInt(values.size()));
            List<Long> want = saved.stream().filter(p -> p.price.cents() >= m.cents()).map(p -> p.id).sorted().toList();
            List<Long> got = ActiveRecord.query(Priced.class).where(Where.ge("price", m)).orderBy("id").all().stream()
                    .map(p -> p.id).toList();
            assertThat(got).as("seed " + SEED + ", price >= " + m).isEqualTo(want);
            assertThat(ActiveRecord.query(Priced.class).where(Where.eq("price", m)).count())
                    .isEqualTo(saved.stream().filter(p -> p.price.equals(m)).count());
        }
        List<Money> ordered = ActiveRecord.query(Priced.class).orderBy(Order.asc("price"), Order.asc("id")).all()
                .stream().map(p -> p.price).toList();
        assertThat(ordered).as("ordered by the stored cents").isSortedAccordingTo(Comparator.comparingLong(Money::cents));
        assertThat(ActiveRecord.query(Priced.class).where(Where.eq("name", "p0")).pluck("price", Money.class))
                .containsExactly(new Money(0));
    }

    @Test
    @DisplayName("a converted field is tracked by the stored value: an equal value is no change")
    void changeTrackingByStoredValue() {
        Priced p = new Priced("lamp", new Money(1999), new Code("LAMP")).save();
        p.price = new Money(1999);
        assertThat(p.changedFields()).isEmpty();
        p.price = new Money(2499);
        assertThat(p.changedFields()).containsExactly("price");
        p.save();
        assertThat(ActiveRecord.findOrFail(Priced.class, p.id).price).isEqualTo(new Money(2499));
        p.price = null;
        p.save();
        assertThat(ActiveRecord.findOrFail(Priced.class, p.id).price).isNull();
        assertThat(ActiveRecord.query(Priced.class).where(Where.isNull("price")).count()).isEqualTo(1);
    }

    @Test
    @DisplayName("a converter that throws or returns null is refused naming model, field and converter; nothing is written")
    void brokenConverterWritesNothing() {
        Priced ok = new Priced("ok", new Money(1), new Code("OK")).save();
        Priced throwing = new Priced("bad", new Money(2), new Code("THROW"));
        assertThatThrownBy(throwing::save).isInstanceOf(ConversionException.class)
                .hasMessageContaining("Priced.code").hasMessageContaining("CodeText.toStored")
                .hasMessageContaining("threw");
        assertThat(throwing.isNewRecord()).isTrue();
        Priced nulling = new Priced("bad", new Money(3), new Code("NULL"));
        assertThatThrownBy(nulling::save).isInstanceOf(ConversionException.class)
                .hasMessageContaining("Priced.code").hasMessageContaining("returned null");
        ok.code = new Code("THROW");
        assertThatThrownBy(ok::save).isInstanceOf(ConversionException.class);
        assertThat(ActiveRecord.query(Priced.class).count()).as("nothing written").isEqualTo(1);
        assertThat(ActiveRecord.findOrFail(Priced.class, ok.id).code).isEqualTo(new Code("OK"));
        assertThatThrownBy(() -> ActiveRecord.query(Priced.class).where(Where.eq("code", new Code("THROW"))).all())
                .isInstanceOf(ConversionException.class).hasMessageContaining("Priced.code");
    }

    @Test
    @DisplayName("a converted field takes values of its own type only, and no LIKE")
    void wrongValuesAreRefused() {
        new Priced("x", new Money(5), new Code("X")).save();
        assertThatThrownBy(() -> ActiveRecord.query(Priced.class).where(Where.eq("price", 5L)).count())
                .isInstanceOf(QueryException.class).hasMessageContaining("Priced.price").hasMessageContaining("Money");
        assertThatThrownBy(() -> ActiveRecord.query(Priced.class).where(Where.like("code", "X%")).count())
                .isInstanceOf(QueryException.class).hasMessageContaining("Priced.code");
        assertThat(ActiveRecord.query(Priced.class).where(Where.in("price", List.of(new Money(5), new Money(6)))).count())
                .isEqualTo(1);
    }
}
