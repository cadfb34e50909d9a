package org.ar4j.tck.scenarios;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;

import org.ar4j.QueryException;
import org.ar4j.query.GroupRow;
import org.ar4j.query.Where;
import org.ar4j.tck.TckScenario;
import org.ar4j.tck.fixtures.Sample;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * groupBy with count, sum, min, max, average and having on seeded random rows, each group compared with the same
 * grouping in memory, one statement per grouping.
 */
@Tag("aggregates")
class GroupingTest extends TckScenario {
    private static final long SEED = 20261201L;
    private static final String[] NAMES = {null, "alpha", "beta", "gamma", "delta"};
    private static final Comparator<String> NULLS_FIRST = Comparator.nullsFirst(Comparator.naturalOrder());

    private List<Sample> seed(Random rnd, int rows) {
        List<Sample> all = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            Sample s = new Sample();
            s.name = NAMES[rnd.nextInt(NAMES.length)];
            s.flag = rnd.nextInt(5) == 0 ? null : rnd.nextBoolean();
            s.n = rnd.nextInt(6) == 0 ? null : rnd.nextInt(2001) - 1000;
            s.score = rnd.nextInt(6) == 0 ? null : (rnd.nextInt(20_001) - 10_000) / 100.0;
            s.day = rnd.nextInt(6) == 0 ? null : LocalDate.of(1990 + rnd.nextInt(60), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
            s.amount = rnd.nextInt(6) == 0 ? null : BigDecimal.valueOf(rnd.nextLong() % 1_000_000_000L, rnd.nextInt(4));
            all.add(s);
        }
        db.insertAll(all);
        return all;
    }

    /** The in-memory groups by name, in the order the grouping promises (ascending, nulls first). */
    private static Map<String, List<Sample>> byName(List<Sample> rows) {
        Map<String, List<Sample>> groups = new TreeMap<>(NULLS_FIRST);
        rows.forEach(s -> groups.computeIfAbsent(s.name, k -> new ArrayList<>()).add(s));
        return groups;
    }

    @Test
    @DisplayName("on 300 seeded random rows and 20 random ranges, groupBy(name) rows equal the in-memory groups,"
            + " in order, one statement each")
    void randomGroups() {
        Random rnd = new Random(SEED);
        List<Sample> all = seed(rnd, 300);
        for (int probe = 0; probe < 20; probe++) {
            int lo = rnd.nextInt(2001) - 1000;
            int hi = lo + rnd.nextInt(1500);
            String where = "seed " + SEED + ", probe " + probe + " (n between " + lo + " and " + hi + ")";
            List<Sample> rows = all.stream().filter(s -> s.n != null && s.n >= lo && s.n <= hi).toList();
            Map<String, List<Sample>> expected = byName(rows);

            queries.reset();
            List<GroupRow> groups = Sample.query(Sample.class).where(Where.between("n", lo, hi)).groupBy("name")
                    .count().sum("amount").sum("n").min("day").max("n").average("score").rows();
            assertThat(queries.count()).as("one statement for the grouping").isEqualTo(1);
            assertThat(groups.stream().map(g -> g.get("name", String.class)).toList()).as(where)
                    .isEqualTo(new ArrayList<>(expected.keySet()));
            int i = 0;
            for (List<Sample> members : expected.values()) {
                GroupRow g = groups.get(i++);
                assertThat(g.count()).as(where).isEqualTo(members.size());
                BigDecimal amount = members.stream().map(s -> s.amount).filter(Objects::nonNull)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                assertThat(g.sum("amount", BigDecimal.class)).as(where).isEqualByComparingTo(amount);
                assertThat(g.sum("n", Long.class)).as(where).isEqualTo(members.stream().mapToLong(s -> s.n).sum());
                assertThat(g.min("day", LocalDate.class)).as(where).isEqualTo(extreme(members, s -> s.day, true));
                assertThat(g.max("n", Integer.class)).as(where).isEqualTo(extreme(members, s -> s.n, false));
                var avg = members.stream().filter(s -> s.score != null).mapToDouble(s -> s.score).average();
                assertThat(g.average("score").isPresent()).as(where).isEqualTo(avg.isPresent());
                if (avg.isPresent()) {
                    assertThat(g.average("score").getAsDouble()).as(where).isCloseTo(avg.getAsDouble(), within(1e-9));
                }
            }
        }
        System.out.println("[ar4j-tck] " + db.backendName() + ": 20 random groupings over 300 rows agreed with the"
                + " in-memory groups (seed " + SEED + ")");
    }

    @Test
    @DisplayName("two group fields and a having on count and a sum keep exactly the in-memory groups that match")
    void twoFieldsWithHaving() {
        Random rnd = new Random(SEED + 1);
        List<Sample> all = seed(rnd, 300);
        for (int probe = 0; probe < 10; probe++) {
            int minCount = 5 + rnd.nextInt(15);
            BigDecimal minSum = BigDecimal.valueOf(rnd.nextLong() % 2_000_000_000L, 2);
            Map<List<Object>, List<Sample>> expected = new TreeMap<>(Comparator
                    .comparing((List<Object> k) -> (String) k.get(0), NULLS_FIRST)
                    .thenComparing(k -> (Boolean) k.get(1), Comparator.nullsFirst(Comparator.naturalOrder())));
            all.forEach(s -> expected.computeIfAbsent(java.util.Arrays.asList(s.name, s.flag), k -> new ArrayList<>()).add(s));
            List<List<Object>> kept = new ArrayList<>();
            expected.forEach((k, members) -> {
                BigDecimal sum = members.stream().map(s -> s.amount).filter(Objects::nonNull)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                if (members.size() >= minCount && sum.compareTo(minSum) > 0) {
                    kept.add(k);
                }
            });

            queries.reset();
            List<GroupRow> groups = Sample.query(Sample.class).groupBy("name", "flag").count().sum("amount")
                    .having(Where.and(Where.ge("count", minCount), Where.gt("sum(amount)", minSum))).rows();
            assertThat(queries.count()).isEqualTo(1);
            String where = "seed " + (SEED + 1) + ", probe " + probe + " (count >= " + minCount + ", sum > " + minSum + ")";
            assertThat(groups.stream().map(g -> java.util.Arrays.<Object>asList(g.get("name", String.class),
                    g.get("flag", Boolean.class))).toList()).as(where).isEqualTo(kept);
        }
    }

    @Test
    @DisplayName("having compares an absent aggregate as unknown: ne, notIn and not(...) do not keep a group without values")
    void havingOnMissingValues() {
        Sample a = new Sample();
        a.name = "a";
        a.n = 3;
        Sample b = new Sample();
        b.name = "b";
        db.insertAll(List.of(a, b));
        var grouping = Sample.query(Sample.class).groupBy("name").max("n");
        assertThat(names(grouping.having(Where.ne("max(n)", 7)).rows())).containsExactly("a");
        assertThat(names(grouping.having(Where.not(Where.eq("max(n)", 7))).rows())).containsExactly("a");
        assertThat(names(grouping.having(Where.notIn("max(n)", 1, 2)).rows())).containsExactly("a");
        assertThat(names(grouping.having(Where.isNull("max(n)")).rows())).containsExactly("b");
        assertThat(Sample.query(Sample.class).groupBy("name").count().rows()).extracting(GroupRow::count)
                .containsExactly(1L, 1L);
    }

    private static List<String> names(List<GroupRow> rows) {
        return rows.stream().map(r -> r.get("name", String.class)).toList();
    }

    @Test
    @DisplayName("unknown fields, names not in the grouping, limits and unasked aggregates fail naming the fix,"
            + " before any statement")
    void badGroupings() {
        Sample s = new Sample();
        s.name = "x";
        s.save();
        queries.reset();
        assertThatThrownBy(() -> Sample.query(Sample.class).groupBy(new String[0])).isInstanceOf(QueryException.class)
                .hasMessageContaining("at least one field");
        assertThatThrownBy(() -> Sample.query(Sample.class).groupBy("nope")).isInstanceOf(QueryException.class)
                .hasMessageContaining("nope");
        assertThatThrownBy(() -> Sample.query(Sample.class).limit(2).groupBy("name")).isInstanceOf(QueryException.class)
                .hasMessageContaining("conditions only");
        assertThatThrownBy(() -> Sample.query(Sample.class).groupBy("name").sum("name")).isInstanceOf(QueryException.class)
                .hasMessageContaining("Sample.name");
        assertThatThrownBy(() -> Sample.query(Sample.class).groupBy("name").min("flag"))
                .isInstanceOf(QueryException.class).hasMessageContaining("no portable order");
        assertThatThrownBy(() -> Sample.query(Sample.class).groupBy("name").count().having(Where.gt("sum(n)", 1)))
                .isInstanceOf(QueryException.class).hasMessageContaining("sum(n)").hasMessageContaining("count");
        assertThatThrownBy(() -> Sample.query(Sample.class).groupBy("name").count().having(Where.has("posts")))
                .isInstanceOf(QueryException.class).hasMessageContaining("where(...)");
        assertThat(queries.count()).isZero();
        GroupRow row = Sample.query(Sample.class).groupBy("name").count().rows().get(0);
        assertThatThrownBy(() -> row.sum("n", Long.class)).isInstanceOf(QueryException.class)
                .hasMessageContaining("sum(\"n\")");
        assertThatThrownBy(() -> row.get("name", Integer.class)).isInstanceOf(QueryException.class)
                .hasMessageContaining("String.class");
    }

    private static <V extends Comparable<V>> Optional<V> extreme(List<Sample> rows, Function<Sample, V> f, boolean min) {
        return rows.stream().map(f).filter(Objects::nonNull).reduce((x, y) -> (x.compareTo(y) <= 0) == min ? x : y);
    }
}
