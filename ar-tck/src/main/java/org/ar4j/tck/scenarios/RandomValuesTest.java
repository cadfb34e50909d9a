package org.ar4j.tck.scenarios;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.ar4j.ActiveRecord;
import org.ar4j.query.Order;
import org.ar4j.query.Predicate;
import org.ar4j.query.Where;
import org.ar4j.tck.TckScenario;
import org.ar4j.tck.fixtures.AllTypes;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import java.time.ZoneOffset;

/**
 * Values compare the same everywhere: seeded random values of every mapped type (extremes, BigDecimal
 * scales and precisions, -0.0, empty and padded strings, far dates) are stored, read back exactly, and
 * compared with eq, ne, lt, le, gt, ge, in, between and ordered, each result checked against an
 * in-memory evaluation with PostgreSQL's semantics (numeric value for BigDecimal, code-point order for
 * strings, unsigned order for UUIDs). A failure prints the seed, the type, the probe and the value.
 */
@Tag("types")
class RandomValuesTest extends TckScenario {
    private static final long SEED = 20261129L;
    private static final int VALUES = 30;
    private static final int PROBES = 40;

    /** One mapped type: how to make values, put them in the fixture, read them, and order them. */
    private record Kind<V>(String field, Function<Random, V> random, List<V> edges, BiConsumer<AllTypes, V> set,
                           Function<AllTypes, V> get, Comparator<V> order, Function<V, V> canonical) {
        /** Whether values of the kind have an order (a null {@link #order()}: equality only). */
        boolean ordered() {
            return order != null;
        }
    }

    private static final Comparator<String> CODE_POINTS = (a, b) -> {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int x = a.codePointAt(i);
            int y = b.codePointAt(j);
            if (x != y) {
                return Integer.compare(x, y);
            }
            i += Character.charCount(x);
            j += Character.charCount(y);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    };

    /**
     * Code-point ranges random strings draw from. U+E000-U+FFFF is left out: between those and
     * supplementary characters, UTF-16 order (H2, Java's compareTo) differs from code-point order (every
     * first-party backend).
     */
    private static final int[][] ALPHABETS = {{'a', 'z'}, {'A', 'Z'}, {'0', '9'}, {0xE0, 0xFF}, {0x3B1, 0x3C9},
        {0x4E00, 0x4E40}, {0x1F600, 0x1F64F}};

    private static String randomString(Random r) {
        int len = r.nextInt(6);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < len; i++) {
            int[] range = ALPHABETS[r.nextInt(ALPHABETS.length)];
            sb.appendCodePoint(range[0] + r.nextInt(range[1] - range[0] + 1));
        }
        return r.nextInt(5) == 0 ? sb + " " : sb.toString();
    }

    private static BigDecimal randomDecimal(Random r) {
        int digits = 1 + r.nextInt(34);
        int scale = Math.min(r.nextInt(31), digits);
        BigInteger unscaled = new BigInteger(digits * 4, r).mod(BigInteger.TEN.pow(digits));
        BigDecimal d = new BigDecimal(r.nextBoolean() ? unscaled : unscaled.negate(), scale);
        return d;
    }

    private static Instant randomInstant(Random r) {
        long min = Instant.parse("0001-01-01T00:00:00Z").getEpochSecond();
        long max = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
        long s = r.nextInt(3) == 0 ? min + (long) (r.nextDouble() * (max - min))
                : -2_000_000_000L + (long) (r.nextDouble() * 6_000_000_000L);
        return Instant.ofEpochSecond(s, r.nextInt(1_000_000_000));
    }

    private static List<Kind<?>> kinds() {
        List<Kind<?>> k = new ArrayList<>();
        k.add(new Kind<>("text", RandomValuesTest::randomString,
                List.of("", " ", "abc", "abc ", " abc", "ABC", "x".repeat(300), "😀", "é"),
                (t, v) -> t.text = v, t -> t.text, CODE_POINTS, v -> v));
        k.add(new Kind<>("count", Random::nextInt, List.of(Integer.MIN_VALUE, Integer.MAX_VALUE, 0, -1, 1),
                (t, v) -> t.count = v, t -> t.count, Comparator.naturalOrder(), v -> v));
        k.add(new Kind<>("big", Random::nextLong, List.of(Long.MIN_VALUE, Long.MAX_VALUE, 0L, -1L),
                (t, v) -> t.big = v, t -> t.big, Comparator.naturalOrder(), v -> v));
        k.add(new Kind<>("ratio", r -> (r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(40) - 20),
                List.of(Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_NORMAL, -0.0d, 0.0d, 1.0 / 3, -1e-300, 1e300),
                (t, v) -> t.ratio = v, t -> t.ratio, Comparator.naturalOrder(), v -> v == 0.0d ? 0.0d : v));
        k.add(new Kind<>("amount", RandomValuesTest::randomDecimal,
                List.of(new BigDecimal("1.1"), new BigDecimal("1.10"), new BigDecimal("1.100000"), new BigDecimal("0"),
                        new BigDecimal("0.00"), new BigDecimal("-0.001"), new BigDecimal("2E+1"), new BigDecimal("20"),
                        new BigDecimal("9".repeat(34)), new BigDecimal("-" + "9".repeat(34)),
                        new BigDecimal("0." + "0".repeat(29) + "1"), new BigDecimal("1234567890123456789012345678901234"),
                        new BigDecimal("1234567890123456789012345678901233")),
                (t, v) -> t.amount = v, t -> t.amount, BigDecimal::compareTo,
                v -> v.scale() < 0 ? v.setScale(0) : v));
        k.add(new Kind<>("at", RandomValuesTest::randomInstant,
                List.of(Instant.parse("0001-01-01T00:00:00Z"), Instant.parse("9999-12-31T23:59:59.999999Z"),
                        Instant.EPOCH, Instant.parse("1969-12-31T23:59:59.999999Z")),
                (t, v) -> t.at = v, t -> t.at, Comparator.naturalOrder(), v -> v.truncatedTo(ChronoUnit.MICROS)));
        k.add(new Kind<>("day", r -> LocalDate.ofEpochDay(LocalDate.of(1, 1, 1).toEpochDay()
                        + (long) (r.nextDouble() * (LocalDate.of(9999, 12, 31).toEpochDay() - LocalDate.of(1, 1,
                                1).toEpochDay()))),
                List.of(LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31), LocalDate.of(1582, 10, 10),
                        LocalDate.of(2000, 2, 29)),
                (t, v) -> t.day = v, t -> t.day, Comparator.naturalOrder(), v -> v));
        k.add(new Kind<>("localTime", r -> LocalDateTime.ofEpochSecond(randomInstant(r).getEpochSecond(),
                        r.nextInt(1_000_000_000), ZoneOffset.UTC),
                List.of(LocalDateTime.of(1, 1, 1, 0, 0), LocalDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_000)),
                (t, v) -> t.localTime = v, t -> t.localTime, Comparator.naturalOrder(),
                v -> v.truncatedTo(ChronoUnit.MICROS)));
        k.add(new Kind<>("uuid", r -> new UUID(r.nextLong(), r.nextLong()),
                List.of(new UUID(0, 0), new UUID(-1, -1), new UUID(Long.MIN_VALUE, 0), new UUID(Long.MAX_VALUE, 1)),
                (t, v) -> t.uuid = v, t -> t.uuid, Comparator.comparing(UUID::toString), v -> v));
        k.add(new Kind<>("flag", Random::nextBoolean, List.of(true, false), (t, v) -> t.flag = v, t -> t.flag,
                Comparator.naturalOrder(), v -> v));
        k.add(new Kind<>("mood", r -> AllTypes.Mood.values()[r.nextInt(3)], List.of(AllTypes.Mood.ÜBER),
                (t, v) -> t.mood = v, t -> t.mood, Comparator.comparing(Enum::name, CODE_POINTS), v -> v));
        k.add(new Kind<>("blob", r -> {
            byte[] b = new byte[r.nextInt(5)];
            r.nextBytes(b);
            return b;
        }, List.of(new byte[0], new byte[] {0}, new byte[] {-1, 0, 1}), (t, v) -> t.blob = v, t -> t.blob,
                null, v -> v));
        return k;
    }

    /** One stored row: its id and the value it should hold. */
    private record Row<V>(Long id, V value) {
    }

    @Test
    @DisplayName("seeded random values of every type round-trip exactly and compare, match and sort as on PostgreSQL")
    void randomValues() {
        Random random = new Random(SEED);
        for (Kind<?> kind : kinds()) {
            check(kind, random);
        }
    }

    private <V> void check(Kind<V> kind, Random random) {
        List<V> values = new ArrayList<>(kind.edges());
        while (values.size() < VALUES) {
            values.add(kind.random().apply(random));
        }
        String where = "seed " + SEED + ", field " + kind.field();
        List<Row<V>> rows = store(kind, values, where);
        for (int p = 0; p < PROBES; p++) {
            V probe = random.nextInt(4) == 0 ? kind.random().apply(random) : values.get(random.nextInt(values.size()));
            Probe<V> check = probe(kind, random, values, probe);
            List<Long> want = rows.stream().filter(r -> check.expected().test(r.value())).map(Row::id).sorted().toList();
            List<Long> got = ActiveRecord.query(AllTypes.class).where(Where.isNotNull(kind.field())).where(check.predicate())
                    .pluck("id", Long.class).stream().sorted().toList();
            if (!got.equals(want)) {
                StringBuilder diff = new StringBuilder();
                for (Row<V> r : rows) {
                    if (got.contains(r.id()) != want.contains(r.id())) {
                        diff.append(" row ").append(r.id()).append('=').append(show(r.value()))
                                .append(got.contains(r.id()) ? " matched" : " missed").append(';');
                    }
                }
                assertThat(got).as(where + ", probe " + p + ": " + check.predicate() + " (probe value " + show(probe)
                        + "):" + diff).isEqualTo(want);
            }
        }
        if (kind.ordered()) {
            checkOrder(kind, rows, where);
        }
        ActiveRecord.query(AllTypes.class).deleteAll();
    }

    /** Inserts one record per value and reads each back by id: exactly the canonical value. */
    private <V> List<Row<V>> store(Kind<V> kind, List<V> values, String where) {
        List<AllTypes> records = new ArrayList<>();
        for (V v : values) {
            AllTypes t = new AllTypes();
            kind.set().accept(t, v);
            records.add(t);
        }
        db.insertAll(records);
        List<Row<V>> rows = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            rows.add(new Row<>(records.get(i).id, kind.canonical().apply(values.get(i))));
        }
        for (Row<V> row : rows) {
            V back = kind.get().apply(ActiveRecord.findOrFail(AllTypes.class, row.id()));
            if (back instanceof byte[] b) {
                assertThat(b).as(where + ": read back").isEqualTo((byte[]) row.value());
            } else {
                assertThat(back).as(where + ": read back").isEqualTo(row.value());
            }
        }
        return rows;
    }

    /** A condition on the field and what it must match, by the in-memory model. */
    private record Probe<V>(Predicate predicate, java.util.function.Predicate<V> expected) {
    }

    private static <V> Probe<V> probe(Kind<V> kind, Random random, List<V> values, V probe) {
        V canonicalProbe = kind.canonical().apply(probe);
        int op = kind.ordered() ? random.nextInt(8) : random.nextInt(3);
        Comparator<V> cmp = kind.order();
        switch (op) {
            case 0 -> {
                return new Probe<>(Where.eq(kind.field(), probe), v -> same(v, canonicalProbe, cmp));
            }
            case 1 -> {
                return new Probe<>(Where.ne(kind.field(), probe), v -> !same(v, canonicalProbe, cmp));
            }
            case 2 -> {
                List<V> list = new ArrayList<>();
                list.add(probe);
                list.add(values.get(random.nextInt(values.size())));
                List<V> canonical = list.stream().map(kind.canonical()).toList();
                return new Probe<>(Where.in(kind.field(), list),
                        v -> canonical.stream().anyMatch(c -> same(v, c, cmp)));
            }
            case 3 -> {
                return new Probe<>(Where.lt(kind.field(), probe), v -> cmp.compare(v, canonicalProbe) < 0);
            }
            case 4 -> {
                return new Probe<>(Where.le(kind.field(), probe), v -> cmp.compare(v, canonicalProbe) <= 0);
            }
            case 5 -> {
                return new Probe<>(Where.gt(kind.field(), probe), v -> cmp.compare(v, canonicalProbe) > 0);
            }
            case 6 -> {
                return new Probe<>(Where.ge(kind.field(), probe), v -> cmp.compare(v, canonicalProbe) >= 0);
            }
            default -> {
                V other = values.get(random.nextInt(values.size()));
                V low = cmp.compare(kind.canonical().apply(other), canonicalProbe) < 0 ? other : probe;
                V high = low == other ? probe : other;
                V lowC = kind.canonical().apply(low);
                V highC = kind.canonical().apply(high);
                return new Probe<>(Where.between(kind.field(), low, high),
                        v -> cmp.compare(v, lowC) >= 0 && cmp.compare(v, highC) <= 0);
            }
        }
    }

    private static <V> void checkOrder(Kind<V> kind, List<Row<V>> rows, String where) {
        for (boolean asc : new boolean[] {true, false}) {
            Comparator<Row<V>> byValue = Comparator.comparing(Row::value, kind.order());
            List<Row<V>> sorted = new ArrayList<>(rows);
            sorted.sort((asc ? byValue : byValue.reversed()).thenComparing(Row::id));
            List<Long> got = ActiveRecord.query(AllTypes.class).where(Where.isNotNull(kind.field()))
                    .orderBy(asc ? Order.asc(kind.field()) : Order.desc(kind.field()), Order.asc("id"))
                    .pluck("id", Long.class);
            assertThat(got).as(where + ": order " + (asc ? "ascending" : "descending"))
                    .isEqualTo(sorted.stream().map(Row::id).toList());
        }
    }

    private static <V> boolean same(V a, V b, Comparator<V> cmp) {
        if (a instanceof byte[] x) {
            return Arrays.equals(x, (byte[]) b);
        }
        return cmp.compare(a, b) == 0;
    }

    private static String show(Object v) {
        return v instanceof byte[] b ? Arrays.toString(b) : String.valueOf(v);
    }
}
