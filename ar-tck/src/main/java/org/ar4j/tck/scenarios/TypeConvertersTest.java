package org.ar4j.tck.scenarios;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.ar4j.ArgumentException;
import org.ar4j.Capability;
import org.ar4j.ConversionException;
import org.ar4j.Database;
import org.ar4j.DatabaseBuilder;
import org.ar4j.ModelDefinitionException;
import org.ar4j.UnsupportedCapabilityException;
import org.ar4j.ValueConverter;
import org.ar4j.query.Order;
import org.ar4j.query.Where;
import org.ar4j.tck.CapabilityGate;
import org.ar4j.tck.TckScenario;
import org.ar4j.tck.fixtures.Crate;
import org.ar4j.tck.fixtures.Crate.Grams;
import org.ar4j.tck.fixtures.Crate.Weight;
import org.ar4j.tck.fixtures.Priced;
import org.ar4j.tck.fixtures.Priced.Code;
import org.ar4j.tck.fixtures.Priced.Money;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Converters given for a type on the {@link DatabaseBuilder} (every field of the type, in that database only), and
 * converters failing inside a transaction.
 */
@Tag("types")
class TypeConvertersTest extends TckScenario {
    private static final long SEED = 20261208L;
    private Database typed;

    @BeforeEach
    void openTyped() {
        DatabaseBuilder b = Database.builder().url(backend.url()).backend(backend.backend())
                .converter(Weight.class, new Grams());
        backend.properties().forEach(b::property);
        typed = b.build();
        typed.schema().dropIfExists(Crate.class);
        typed.schema().create(Crate.class);
        typed.bind(Crate.class);
    }

    @AfterEach
    void closeTyped() {
        typed.schema().dropIfExists(Crate.class);
        typed.close();
    }

    @Test
    @DisplayName("a database's converter for a type stores every field of it: round trip, filter, order, pluck")
    void typeConverterOnTheBuilder() {
        Random random = new Random(SEED);
        List<Weight> weights = new ArrayList<>(List.of(new Weight(0), new Weight(Long.MAX_VALUE),
                new Weight(Long.MIN_VALUE)));
        for (int i = 0; i < 15; i++) {
            weights.add(new Weight(random.nextInt(100_001)));
        }
        List<Crate> saved = new ArrayList<>();
        for (int i = 0; i < weights.size(); i++) {
            Crate p = new Crate("p" + i, weights.get(i));
            p.declared = new Weight(random.nextInt(1_000_000));
            saved.add(p.save());
        }
        for (Crate p : saved) {
            Crate back = typed.find(Crate.class, p.id).orElseThrow();
            assertThat(back.weight).as("seed " + SEED).isEqualTo(p.weight);
            assertThat(back.declared).as("the field's own converter").isEqualTo(p.declared);
        }
        for (int probe = 0; probe < 8; probe++) {
            Weight w = weights.get(random.nextInt(weights.size()));
            List<Long> want = saved.stream().filter(p -> p.weight.grams() < w.grams()).map(p -> p.id).sorted().toList();
            assertThat(Crate.query().where(Where.lt("weight", w)).orderBy("id").pluck("id", Long.class))
                    .as("seed " + SEED + ", weight < " + w).isEqualTo(want);
        }
        assertThat(Crate.query().orderBy(Order.asc("weight"), Order.asc("id")).pluck("weight", Weight.class))
                .as("ordered by the stored grams").isSortedAccordingTo(Comparator.comparingLong(Weight::grams))
                .hasSize(saved.size());
        assertThat(Crate.query().where(Where.eq("declared", saved.get(0).declared)).pluck("label", String.class))
                .contains("p0");
        Comparator<Weight> byGrams = Comparator.comparingLong(Weight::grams);
        assertThat(Crate.query().max("weight", Weight.class)).as("max by the stored grams")
                .contains(weights.stream().max(byGrams).orElseThrow());
        assertThat(Crate.query().min("weight", Weight.class)).contains(weights.stream().min(byGrams).orElseThrow());
        Weight cap = new Weight(1_000_000);
        assertThat(Crate.query().where(Where.and(Where.ge("weight", new Weight(0)), Where.lt("weight", cap)))
                .sum("weight", Long.class)).as("a sum is of the stored values (grams)")
                .isEqualTo(weights.stream().mapToLong(Weight::grams).filter(g -> g >= 0 && g < cap.grams()).sum());
        Crate first = saved.get(0);
        first.weight = new Weight(first.weight.grams());
        assertThat(first.changedFields()).as("an equal weight is no change").isEmpty();
    }

    @Test
    @DisplayName("upsertAll and projections carry values through the database's converter")
    void upsertsAndProjections() {
        new Crate("a", new Weight(1)).save();
        Crate.upsertAll(List.of(new Crate("a", new Weight(7)), new Crate("b", new Weight(9))), "label");
        assertThat(typed.query(Crate.class).orderBy("label").pluck("weight", Weight.class))
                .as("written over by label, and inserted").containsExactly(new Weight(7), new Weight(9));
        List<org.ar4j.query.Tuple> rows = Crate.query().orderBy("label")
                .select(org.ar4j.tck.fixtures.Crate_.label, org.ar4j.tck.fixtures.Crate_.weight).tuples();
        assertThat(rows).extracting(t -> t.get(org.ar4j.tck.fixtures.Crate_.weight))
                .containsExactly(new Weight(7), new Weight(9));
    }

    @Test
    @DisplayName("a model needing a type converter is refused by a database without one, naming field and fix")
    void aDatabaseWithoutTheConverterRefusesTheModel() {
        assertThatThrownBy(() -> db.query(Crate.class).count()).isInstanceOf(ModelDefinitionException.class)
                .hasMessageContaining("Crate.weight").hasMessageContaining("DatabaseBuilder.converter");
        assertThat(typed.query(Crate.class).count()).as("the database with the converter serves it").isZero();
    }

    @Test
    @DisplayName("a type converter for a type ar4j stores as it is, or given twice, is refused when building")
    void badTypeConvertersAreRefused() {
        DatabaseBuilder b = Database.builder().converter(Weight.class, new Grams());
        assertThatThrownBy(() -> b.converter(Weight.class, new Grams())).isInstanceOf(ArgumentException.class)
                .hasMessageContaining("Weight").hasMessageContaining("twice");
        assertThatThrownBy(() -> b.converter(String.class, new Trimmed()))
                .isInstanceOf(ArgumentException.class).hasMessageContaining("String");
    }

    /** A converter for a type ar4j stores as it is, which a database refuses. */
    private static final class Trimmed implements ValueConverter<String, String> {
        @Override
        public Class<String> storedType() {
            return String.class;
        }

        @Override
        public String toStored(String value) {
            return value.trim();
        }

        @Override
        public String fromStored(String stored) {
            return stored;
        }
    }

    @TestFactory
    Stream<DynamicTest> aConverterFailingInATransactionRollsItBack() {
        return CapabilityGate.scenario(db, Capability.TRANSACTIONS,
                "a converter failing in a transaction rolls back what it wrote; caught, the rest commits", () -> {
                    Crate before = new Crate("before", new Weight(5));
                    Crate broken = new Crate("broken", new Weight(-1));
                    assertThatThrownBy(() -> typed.transaction(() -> {
                        before.save();
                        broken.save();
                    })).isInstanceOf(ConversionException.class).hasMessageContaining("Crate.weight")
                            .hasMessageContaining(Grams.class.getName());
                    assertThat(before.isNewRecord()).as("the rolled-back insert is new again").isTrue();
                    assertThat(before.id).isNull();
                    assertThat(broken.isNewRecord()).isTrue();
                    assertThat(typed.query(Crate.class).count()).as("nothing written").isZero();
                    typed.transaction(() -> {
                        before.save();
                        assertThatThrownBy(broken::save).isInstanceOf(ConversionException.class);
                    });
                    assertThat(typed.query(Crate.class).pluck("label", String.class)).containsExactly("before");
                    assertThat(broken.isNewRecord()).isTrue();
                    Priced ok = new Priced("ok", new Money(1), new Code("OK")).save();
                    ok.code = new Code("THROW");
                    assertThatThrownBy(() -> db.transaction(() -> {
                        new Priced("new", new Money(2), new Code("NEW")).save();
                        ok.save();
                    })).isInstanceOf(ConversionException.class).hasMessageContaining("Priced.code");
                    assertThat(observer().query(Priced.class).pluck("name", String.class)).containsExactly("ok");
                    assertThat(observer().find(Priced.class, ok.id).orElseThrow().code).isEqualTo(new Code("OK"));
                    assertThat(ok.isNewRecord()).isFalse();
                    assertThat(ok.code).as("the record keeps the value it was given").isEqualTo(new Code("THROW"));
                    ok.code = new Code("OK");
                    assertThat(ok.changedFields()).as("back to the stored value: no change").isEmpty();
                }, () -> assertThatThrownBy(() -> typed.transaction(() -> new Crate("x", new Weight(1)).save()))
                        .isInstanceOf(UnsupportedCapabilityException.class));
    }
}
