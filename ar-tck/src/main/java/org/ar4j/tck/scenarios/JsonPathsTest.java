package org.ar4j.tck.scenarios;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.ar4j.Capability;
import org.ar4j.QueryException;
import org.ar4j.UnsupportedCapabilityException;
import org.ar4j.query.Where;
import org.ar4j.schema.SchemaProblem;
import org.ar4j.tck.CapabilityGate;
import org.ar4j.tck.TckScenario;
import org.ar4j.tck.fixtures.Listing;
import org.ar4j.tck.fixtures.drift.ListingV1;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Conditions inside JSON documents, checked against an in-memory oracle on seeded documents whose values at each path
 * are of mixed kinds (strings, numbers, booleans, null, missing, arrays, objects): a comparison matches only a value of
 * the operand's kind; strings compare by code point, numbers by value.
 */
@Tag("documents")
class JsonPathsTest extends TckScenario {
    private static final long SEED = 20261211L;
    /** The head of two words longer than an index may keep of a string (MySQL's virtual column keeps 100). */
    private static final String LONG = "ü".repeat(60) + "x".repeat(60);
    /**
     * No word mixes a character above U+E000 with one outside the BMP: the in-process MongoDB server of CI orders such
     * strings by UTF-16 units, where MongoDB (and every other backend) orders by code point.
     */
    private static final String[] WORDS = {"apple", "Apple", "Zürich", "東京", "😀", "", "apple pie", "2", LONG + "a",
        LONG + "b"};
    private static final Object MISSING = new Object();

    private static Object scalar(Random r) {
        return switch (r.nextInt(9)) {
            case 0, 1 -> WORDS[r.nextInt(WORDS.length)];
            case 2 -> r.nextInt(21) - 10;
            case 3 -> new BigDecimal(r.nextInt(2001) - 1000).movePointLeft(r.nextInt(3));
            case 4 -> (r.nextBoolean() ? 1 : -1) * (3_000_000_000L + r.nextInt(5));
            case 5 -> r.nextBoolean();
            case 6 -> null;
            case 7 -> new ArrayList<>(List.of(WORDS[r.nextInt(WORDS.length)], r.nextInt(5)));
            default -> new LinkedHashMap<>(Map.of("x", r.nextInt(5)));
        };
    }

    private static Map<String, Object> document(Random r) {
        Map<String, Object> d = new LinkedHashMap<>();
        for (String k : List.of("a", "b")) {
            if (r.nextInt(5) > 0) {
                d.put(k, scalar(r));
            }
        }
        if (r.nextInt(4) > 0) {
            Map<String, Object> obj = new LinkedHashMap<>();
            obj.put("w", r.nextBoolean() ? scalar(r) : r.nextInt(100));
            d.put("obj", obj);
        }
        if (r.nextInt(4) > 0) {
            List<Object> list = new ArrayList<>();
            for (int i = r.nextInt(4); i > 0; i--) {
                list.add(r.nextBoolean() ? WORDS[r.nextInt(WORDS.length)] : (Object) (r.nextInt(7) - 3));
            }
            d.put("list", list);
        }
        return d;
    }

    /** The value at a path of a document (keys and list indexes), or MISSING. */
    private static Object at(Map<String, Object> doc, String path) {
        Object v = doc;
        for (String step : path.split("\\.")) {
            if (v instanceof Map<?, ?> m && m.containsKey(step)) {
                v = m.get(step);
            } else if (v instanceof List<?> l && step.chars().allMatch(Character::isDigit) && Integer.parseInt(step) < l.size()) {
                v = l.get(Integer.parseInt(step));
            } else {
                return MISSING;
            }
        }
        return v;
    }

    /** The oracle's order of a stored value and an operand of the same kind, or null (UNKNOWN). */
    private static Integer order(Object v, Object operand) {
        if (v instanceof String s && operand instanceof String o) {
            return Integer.signum(Arrays.compare(s.codePoints().toArray(), o.codePoints().toArray()));
        }
        if (v instanceof Boolean b && operand instanceof Boolean o) {
            return Boolean.compare(b, o);
        }
        if (v instanceof Number n && !(v instanceof Boolean) && operand instanceof Number o) {
            return new BigDecimal(n.toString()).compareTo(new BigDecimal(o.toString()));
        }
        return null;
    }

    private List<Long> ids(List<Listing> saved, Predicate<Map<String, Object>> oracle) {
        return saved.stream().filter(l -> l.attributes != null && oracle.test(l.attributes)).map(l -> l.id).sorted().toList();
    }

    /** The ids whose value at {@code path} is of the operand's kind and ordered against it as {@code test} says. */
    private List<Long> matching(List<Listing> saved, String path, Object operand, java.util.function.IntPredicate test) {
        return ids(saved, d -> {
            Integer c = order(at(d, path), operand);
            return c != null && test.test(c);
        });
    }

    private static List<Long> got(org.ar4j.query.Predicate condition) {
        return Listing.query().where(condition).orderBy("id").pluck("id", Long.class);
    }

    private List<Listing> seed(Random random) {
        List<Listing> saved = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            Listing l = new Listing("l" + i);
            l.attributes = random.nextInt(8) == 0 ? null : document(random);
            l.tags = random.nextInt(5) == 0 ? null : new ArrayList<>(List.of(WORDS[random.nextInt(WORDS.length)],
                    WORDS[random.nextInt(WORDS.length)]));
            saved.add(l.save());
        }
        return saved;
    }

    @TestFactory
    Stream<DynamicTest> pathConditionsMatchTheOracle() {
        return CapabilityGate.scenario(db, Capability.JSON_PATHS,
                "seeded path comparisons, null tests, in, between and negations match an in-memory oracle", () -> {
                    Random random = new Random(SEED);
                    List<Listing> saved = seed(random);
                    String[] paths = {"a", "b", "obj.w", "list.0", "list.1"};
                    for (int probe = 0; probe < 60; probe++) {
                        String path = paths[random.nextInt(paths.length)];
                        Object operand = switch (random.nextInt(4)) {
                            case 0 -> WORDS[random.nextInt(WORDS.length)];
                            case 1 -> random.nextInt(21) - 10;
                            case 2 -> new BigDecimal(random.nextInt(2001) - 1000).movePointLeft(2);
                            default -> random.nextBoolean();
                        };
                        String name = "attributes." + path;
                        String as = "seed " + SEED + ", probe " + probe + ": " + name + " vs " + operand;
                        assertThat(got(Where.eq(name, operand))).as(as + " eq")
                                .isEqualTo(matching(saved, path, operand, c -> c == 0));
                        assertThat(got(Where.ne(name, operand))).as(as + " ne")
                                .isEqualTo(matching(saved, path, operand, c -> c != 0));
                        assertThat(got(Where.lt(name, operand))).as(as + " lt")
                                .isEqualTo(matching(saved, path, operand, c -> c < 0));
                        assertThat(got(Where.ge(name, operand))).as(as + " ge")
                                .isEqualTo(matching(saved, path, operand, c -> c >= 0));
                        assertThat(got(Where.not(Where.eq(name, operand)))).as(as + " not eq: UNKNOWN stays out")
                                .isEqualTo(matching(saved, path, operand, c -> c != 0));
                    }
                    for (String path : paths) {
                        String name = "attributes." + path;
                        List<Long> nulls = saved.stream().filter(l -> l.attributes == null
                                || at(l.attributes, path) == MISSING || at(l.attributes, path) == null)
                                .map(l -> l.id).sorted().toList();
                        assertThat(got(Where.isNull(name))).as(name + " is null (or missing)").isEqualTo(nulls);
                        assertThat(got(Where.isNotNull(name))).as(name + " is not null")
                                .isEqualTo(ids(saved, d -> at(d, path) != MISSING && at(d, path) != null));
                        assertThat(got(Where.in(name, "apple", 2, true))).as(name + " in")
                                .isEqualTo(ids(saved, d -> Stream.of("apple", 2, true)
                                        .anyMatch(o -> Integer.valueOf(0).equals(order(at(d, path), o)))));
                        List<Long> low = matching(saved, path, -2, c -> c >= 0);
                        List<Long> high = matching(saved, path, new BigDecimal("2.5"), c -> c <= 0);
                        assertThat(got(Where.between(name, -2, new BigDecimal("2.5")))).as(name + " between")
                                .isEqualTo(low.stream().filter(high::contains).toList());
                    }
                }, () -> assertThatThrownBy(() -> Listing.query().where(Where.eq("attributes.a", "x")).count())
                        .isInstanceOf(UnsupportedCapabilityException.class).hasMessageContaining("JSON_PATHS"));
    }

    @TestFactory
    Stream<DynamicTest> listsContainElements() {
        return CapabilityGate.scenario(db, Capability.JSON_PATHS,
                "contains and containsAny on a @Json list and on a list inside a document match the oracle", () -> {
                    Random random = new Random(SEED + 1);
                    List<Listing> saved = seed(random);
                    for (String w : WORDS) {
                        List<Long> want = saved.stream().filter(l -> l.tags != null && l.tags.contains(w))
                                .map(l -> l.id).sorted().toList();
                        assertThat(got(Where.contains("tags", w))).as("tags contains '" + w + "'").isEqualTo(want);
                        assertThat(got(Where.not(Where.contains("tags", w)))).as("a list without '" + w + "'")
                                .isEqualTo(saved.stream().filter(l -> l.tags != null && !l.tags.contains(w))
                                        .map(l -> l.id).sorted().toList());
                    }
                    for (int n = -3; n <= 3; n++) {
                        int element = n;
                        assertThat(got(Where.contains("attributes.list", element))).as("list contains " + n)
                                .isEqualTo(ids(saved, d -> at(d, "list") instanceof List<?> l
                                        && l.stream().anyMatch(e -> Integer.valueOf(0).equals(order(e, element)))));
                    }
                    assertThat(got(Where.containsAny("tags", List.of("apple", "東京"))))
                            .isEqualTo(saved.stream().filter(l -> l.tags != null && (l.tags.contains("apple")
                                    || l.tags.contains("東京"))).map(l -> l.id).sorted().toList());
                    assertThat(got(Where.containsAny("tags", List.of()))).as("no elements: no record").isEmpty();
                }, () -> assertThatThrownBy(() -> Listing.query().where(Where.contains("tags", "x")).count())
                        .isInstanceOf(UnsupportedCapabilityException.class));
    }

    @TestFactory
    Stream<DynamicTest> typedPathsThroughTheMetamodel() {
        return CapabilityGate.scenario(db, Capability.JSON_PATHS,
                "typed paths into a @Json record (Listing_.specs.color) query as the names do", () -> {
                    Random random = new Random(SEED + 2);
                    List<Listing> saved = new ArrayList<>();
                    for (int i = 0; i < 20; i++) {
                        Listing l = new Listing("s" + i);
                        l.specs = random.nextInt(4) == 0 ? null : new Listing.Specs(random.nextBoolean() ? "blue" : null,
                                new BigDecimal(random.nextInt(3000)).movePointLeft(2), List.of(), java.util.Map.of());
                        saved.add(l.save());
                    }
                    BigDecimal cut = new BigDecimal("15.00");
                    assertThat(got(org.ar4j.tck.fixtures.Listing_.specs.color.eq("blue")))
                            .isEqualTo(saved.stream().filter(l -> l.specs != null && "blue".equals(l.specs.color()))
                                    .map(l -> l.id).toList());
                    assertThat(got(org.ar4j.tck.fixtures.Listing_.specs.weight.ge(cut)))
                            .isEqualTo(saved.stream().filter(l -> l.specs != null && l.specs.weight().compareTo(cut) >= 0)
                                    .map(l -> l.id).toList());
                }, () -> assertThatThrownBy(() -> Listing.query()
                        .where(org.ar4j.tck.fixtures.Listing_.specs.color.eq("blue")).count())
                        .isInstanceOf(UnsupportedCapabilityException.class));
    }

    @TestFactory
    Stream<DynamicTest> pathIndexesAreMigratedAndValidated() {
        return CapabilityGate.scenario(db, Capability.JSON_PATH_INDEXES,
                "validate reports a declared JSON path index missing, migrate creates it, queries on the path agree", () -> {
                    db.schema().dropIfExists(Listing.class);
                    db.schema().create(ListingV1.class);
                    try {
                        db.bind(() -> {
                            new ListingV1("long", Map.of("a", LONG + "a", "obj", Map.of("w", 7))).save();
                            return new ListingV1("number", Map.of("a", 2, "obj", Map.of("w", "7"))).save();
                        });
                        assertThat(db.schema().validate(Listing.class).problems())
                                .filteredOn(p -> p.kind() == SchemaProblem.Kind.MISSING_INDEX)
                                .extracting(SchemaProblem::detail).as("both declared paths are reported missing")
                                .anySatisfy(d -> assertThat(d).contains("attributes").endsWith(" a"))
                                .anySatisfy(d -> assertThat(d).contains("attributes").endsWith(" obj.w"));
                        db.schema().migrate(Listing.class);
                        assertThat(db.schema().validate(Listing.class).problems()).as("clean after migrate").isEmpty();
                        assertThat(titles(Where.eq("attributes.a", LONG + "a"))).containsExactly("long");
                        assertThat(titles(Where.eq("attributes.a", LONG + "b"))).as("same head, other tail").isEmpty();
                        assertThat(titles(Where.eq("attributes.a", "2"))).as("a string is not the number").isEmpty();
                        assertThat(titles(Where.eq("attributes.a", 2))).containsExactly("number");
                        assertThat(titles(Where.eq("attributes.obj.w", new BigDecimal("7.00")))).containsExactly("long");
                        assertThat(titles(Where.in("attributes.obj.w", "7", 8))).containsExactly("number");
                    } finally {
                        db.schema().dropIfExists(Listing.class);
                        db.schema().create(Listing.class);
                    }
                }, () -> assertThat(db.schema().validate(Listing.class).problems())
                        .as("no path index is created or demanded without JSON_PATH_INDEXES").isEmpty());
    }

    private static List<String> titles(org.ar4j.query.Predicate condition) {
        return Listing.query().where(condition).orderBy("id").pluck("title", String.class);
    }

    @TestFactory
    Stream<DynamicTest> badPathsAreRefused() {
        return Stream.of(DynamicTest.dynamicTest("bad paths and operands are refused naming model, field and path", () -> {
            assertThatThrownBy(() -> Listing.query().where(Where.eq("attributes.$where", "x")).count())
                    .isInstanceOf(QueryException.class).hasMessageContaining("Listing.attributes.$where");
            assertThatThrownBy(() -> Listing.query().where(Where.eq("attributes.a", List.of(1))).count())
                    .isInstanceOf(QueryException.class).hasMessageContaining("Listing.attributes.a");
            assertThatThrownBy(() -> Listing.query().where(Where.contains("title", "x")).count())
                    .isInstanceOf(QueryException.class).hasMessageContaining("Listing.title");
            assertThatThrownBy(() -> Listing.query().where(Where.like("attributes.a", "x%")).count())
                    .isInstanceOf(QueryException.class);
        }));
    }
}
