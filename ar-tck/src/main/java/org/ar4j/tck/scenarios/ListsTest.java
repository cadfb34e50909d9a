package org.ar4j.tck.scenarios;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.ar4j.Capability;
import org.ar4j.UnsupportedCapabilityException;
import org.ar4j.query.Where;
import org.ar4j.tck.CapabilityGate;
import org.ar4j.tck.TckScenario;
import org.ar4j.tck.fixtures.Playlist;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code List<String>}, {@code Set<Long>}, {@code List<BigDecimal>} fields: stored as arrays, queried by element. */
@Tag("documents")
class ListsTest extends TckScenario {
    private static final long SEED = 20261212L;
    private static final String[] LABELS = {"rock", "Rock", "jazz", "東京", "😀", "", "a,b", "[x]"};

    private List<Playlist> seed(Random r) {
        List<Playlist> saved = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            Playlist p = new Playlist("p" + i);
            if (r.nextInt(6) > 0) {
                p.labels = new ArrayList<>();
                for (int k = r.nextInt(4); k > 0; k--) {
                    p.labels.add(LABELS[r.nextInt(LABELS.length)]);
                }
            }
            if (r.nextInt(6) > 0) {
                p.codes = new LinkedHashSet<>();
                for (int k = r.nextInt(4); k > 0; k--) {
                    p.codes.add(r.nextBoolean() ? r.nextInt(10) : Long.MAX_VALUE - r.nextInt(3));
                }
            }
            p.prices = r.nextBoolean() ? null : new ArrayList<>(List.of(new BigDecimal("9.99"),
                    new BigDecimal(r.nextInt(1000)).movePointLeft(2)));
            saved.add(p.save());
        }
        return saved;
    }

    @Test
    @DisplayName("seeded lists and sets round-trip (empty, null, unicode, Long extremes, exact decimals)")
    void seededListsRoundTrip() {
        List<Playlist> saved = seed(new Random(SEED));
        for (Playlist p : saved) {
            Playlist back = observer().find(Playlist.class, p.id).orElseThrow();
            assertThat(back.labels).as("seed " + SEED + ", " + p.name).isEqualTo(p.labels);
            assertThat(back.codes).isEqualTo(p.codes);
            assertThat(back.prices).isEqualTo(p.prices);
        }
    }

    @Test
    @DisplayName("an element added in place is saved; a list rebuilt equal is no change")
    void changesInPlaceAreTracked() {
        Playlist p = new Playlist("mine");
        p.labels = new ArrayList<>(List.of("a"));
        p.codes = new LinkedHashSet<>(List.of(1L, 2L));
        p.save();
        Playlist loaded = Playlist.query().where(Where.eq("name", "mine")).one();
        loaded.labels = new ArrayList<>(List.of("a"));
        assertThat(loaded.changedFields()).isEmpty();
        loaded.codes.add(3L);
        assertThat(loaded.changedFields()).containsExactly("codes");
        loaded.save();
        assertThat(observer().find(Playlist.class, p.id).orElseThrow().codes).containsExactly(1L, 2L, 3L);
    }

    @TestFactory
    Stream<DynamicTest> elementsAreFound() {
        return CapabilityGate.scenario(db, Capability.JSON_PATHS,
                "contains and containsAny on lists and sets match an in-memory oracle", () -> {
                    List<Playlist> saved = seed(new Random(SEED + 1));
                    for (String label : LABELS) {
                        assertThat(Playlist.query().where(Where.contains("labels", label)).orderBy("id")
                                .pluck("id", Long.class)).as("labels contains '" + label + "'")
                                .isEqualTo(saved.stream().filter(p -> p.labels != null && p.labels.contains(label))
                                        .map(p -> p.id).toList());
                    }
                    for (long code : new long[] {0, 5, Long.MAX_VALUE, Long.MAX_VALUE - 2}) {
                        assertThat(Playlist.query().where(Where.contains("codes", code)).orderBy("id")
                                .pluck("id", Long.class)).as("codes contains " + code)
                                .isEqualTo(saved.stream().filter(p -> p.codes != null && p.codes.contains(code))
                                        .map(p -> p.id).toList());
                    }
                    assertThat(Playlist.query().where(Where.contains("prices", new BigDecimal("9.990"))).count())
                            .as("decimals by value").isEqualTo(saved.stream().filter(p -> p.prices != null).count());
                    assertThat(Playlist.query().where(Where.containsAny("labels", List.of("jazz", "😀"))).orderBy("id")
                            .pluck("id", Long.class)).isEqualTo(saved.stream().filter(p -> p.labels != null
                                    && (p.labels.contains("jazz") || p.labels.contains("😀"))).map(p -> p.id).toList());
                }, () -> assertThatThrownBy(() -> Playlist.query().where(Where.contains("labels", "x")).count())
                        .isInstanceOf(UnsupportedCapabilityException.class));
    }
}
