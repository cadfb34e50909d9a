package org.ar4j.tck.scenarios;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.ar4j.ConversionException;
import org.ar4j.QueryException;
import org.ar4j.query.Where;
import org.ar4j.tck.TckScenario;
import org.ar4j.tck.fixtures.Listing;
import org.ar4j.tck.fixtures.Listing.Specs;
import org.ar4j.tck.fixtures.RawListing;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link org.ar4j.Json} fields: documents stored whole, read back equal, tracked by meaning. */
@Tag("documents")
class JsonTest extends TckScenario {
    private static final long SEED = 20261210L;
    private static final String[] WORDS = {"red", "Zürich", "東京", "😀 emoji", "quote \" and \\ slash", "", "tab\there"};

    /** A random JSON value: nested objects and arrays, exact decimals, longs beyond an int, unicode, nulls. */
    private static Object value(Random r, int depth) {
        int kind = r.nextInt(depth > 2 ? 6 : 8);
        return switch (kind) {
            case 0 -> null;
            case 1 -> WORDS[r.nextInt(WORDS.length)];
            case 2 -> r.nextInt();
            case 3 -> (r.nextBoolean() ? 1 : -1) * (Integer.MAX_VALUE + 1L + (r.nextLong() >>> 2));
            case 4 -> new BigDecimal(BigInteger.valueOf(r.nextLong()).multiply(BigInteger.valueOf(r.nextInt(1000) + 1)),
                    r.nextInt(12) + 1);
            case 5 -> r.nextBoolean();
            case 6 -> document(r, depth + 1);
            default -> {
                List<Object> list = new ArrayList<>();
                for (int i = r.nextInt(4); i > 0; i--) {
                    list.add(value(r, depth + 1));
                }
                yield list;
            }
        };
    }

    private static Map<String, Object> document(Random r, int depth) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = r.nextInt(5); i > 0; i--) {
            m.put(WORDS[r.nextInt(WORDS.length)] + i, value(r, depth));
        }
        return m;
    }

    @Test
    @DisplayName("seeded documents round-trip: nested maps and lists, exact decimals, big numbers, unicode, nulls")
    void seededDocumentsRoundTrip() {
        Random random = new Random(SEED);
        List<Listing> saved = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            Listing l = new Listing("l" + i);
            l.attributes = random.nextInt(5) == 0 ? null : document(random, 0);
            l.tags = random.nextInt(4) == 0 ? null : new ArrayList<>(List.of(WORDS[random.nextInt(WORDS.length)], "t" + i));
            l.specs = random.nextInt(3) == 0 ? null : new Specs(random.nextBoolean() ? null : "blue",
                    new BigDecimal("12.50"), List.of(36, 38, 40), Map.of("fit", "slim", "über", "größe"));
            saved.add(l.save());
        }
        for (Listing l : saved) {
            Listing back = observer().find(Listing.class, l.id).orElseThrow();
            assertThat(back.attributes).as("seed " + SEED + ", " + l.title).isEqualTo(l.attributes);
            assertThat(back.tags).isEqualTo(l.tags);
            assertThat(back.specs).isEqualTo(l.specs);
            assertThat(back.changedFields()).as("as read: no change").isEmpty();
        }
        assertThat(Listing.query().where(Where.isNull("attributes")).count())
                .isEqualTo(saved.stream().filter(l -> l.attributes == null).count());
    }

    @Test
    @DisplayName("a document changed in place is saved; an equal one (keys in another order) is no change")
    void changesInPlaceAreTracked() {
        Listing l = new Listing("lamp");
        l.attributes = new LinkedHashMap<>(Map.of("a", 1, "b", new ArrayList<>(List.of("x"))));
        l.tags = new ArrayList<>(List.of("home"));
        l.save();
        Listing loaded = Listing.query().where(Where.eq("title", "lamp")).one();
        Map<String, Object> reordered = new LinkedHashMap<>();
        reordered.put("b", List.of("x"));
        reordered.put("a", 1);
        loaded.attributes = reordered;
        assertThat(loaded.changedFields()).as("the same document").isEmpty();
        loaded.tags.add("office");
        loaded.attributes.put("a", 2);
        assertThat(loaded.changedFields()).containsExactlyInAnyOrder("tags", "attributes");
        loaded.save();
        Listing back = observer().find(Listing.class, l.id).orElseThrow();
        assertThat(back.tags).containsExactly("home", "office");
        assertThat(back.attributes).containsEntry("a", 2);
        assertThat(loaded.changedFields()).isEmpty();
    }

    @Test
    @DisplayName("a value the codec cannot write is refused naming model and field; nothing is written")
    void unwritableValueWritesNothing() {
        Listing l = new Listing("bad");
        List<Object> loop = new ArrayList<>();
        loop.add(loop);                                   // a list inside itself: no JSON document
        l.attributes = new LinkedHashMap<>(Map.of("x", loop));
        assertThatThrownBy(l::save).isInstanceOf(ConversionException.class).hasMessageContaining("Listing.attributes");
        assertThat(l.isNewRecord()).isTrue();
        assertThat(observer().query(Listing.class).count()).isZero();
    }

    @Test
    @DisplayName("a stored document of another shape is refused on read naming model and field")
    void documentOfAnotherShapeIsRefusedOnRead() {
        RawListing raw = new RawListing();
        raw.title = "raw";
        raw.tags = Map.of("not", "a list");
        raw.save();
        assertThatThrownBy(() -> Listing.query().all()).isInstanceOf(ConversionException.class)
                .hasMessageContaining("Listing.tags");
    }

    @Test
    @DisplayName("a whole document is not compared or ordered: the refusal names the field and what to do")
    void wholeDocumentsAreNotCompared() {
        new Listing("x").save();
        assertThatThrownBy(() -> Listing.query().where(Where.eq("tags", List.of("a"))).count())
                .isInstanceOf(QueryException.class).hasMessageContaining("Listing.tags").hasMessageContaining("path");
        assertThatThrownBy(() -> Listing.query().orderBy("attributes").all())
                .isInstanceOf(QueryException.class).hasMessageContaining("Listing.attributes");
    }
}
