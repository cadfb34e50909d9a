package org.ar4j.tck.scenarios;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Predicate;

import org.ar4j.QueryException;
import org.ar4j.query.Query;
import org.ar4j.query.Where;
import org.ar4j.tck.TckScenario;
import org.ar4j.tck.fixtures.Invoice;
import org.ar4j.tck.fixtures.Sample;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * sum, min, max, average and pluckDistinct on seeded random rows, each compared with the same computation in
 * memory, each one statement; BigDecimal sums exact on every backend.
 */
@Tag("aggregates")
class AggregateFunctionsTest extends TckScenario {
    private static final long SEED = 20261130L;

    private List<Sample> seed(Random rnd, int rows) {
        List<Sample> all = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            Sample s = new Sample();
            s.name = rnd.nextInt(6) == 0 ? null : "s" + (char) ('a' + rnd.nextInt(26)) + rnd.nextInt(100);
            s.n = rnd.nextInt(7) == 0 ? null : rnd.nextInt(2001) - 1000;
            s.score = rnd.nextInt(7) == 0 ? null : (rnd.nextInt(200_001) - 100_000) / 100.0;
            s.day = rnd.nextInt(7) == 0 ? null : LocalDate.of(1990 + rnd.nextInt(60), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
            s.amount = rnd.nextInt(7) == 0 ? null : BigDecimal.valueOf(rnd.nextLong() % 1_000_000_000_000L, rnd.nextInt(5));
            all.add(s);
        }
        db.insertAll(all);
        return all;
    }

    @Test
    @DisplayName("on 200 seeded random rows and 25 random ranges, each aggregate equals the in-memory one, in one statement")
    void randomAggregates() {
        Random rnd = new Random(SEED);
        List<Sample> all = seed(rnd, 200);
        for (int probe = 0; probe < 25; probe++) {
            int lo = rnd.nextInt(2001) - 1000;
            int hi = lo + rnd.nextInt(1200);
            boolean whole = probe == 0;
            Query<Sample> q = whole ? Sample.query(Sample.class) : Sample.query(Sample.class).where(Where.between("n", lo, hi));
            Predicate<Sample> in = s -> whole || (s.n != null && s.n >= lo && s.n <= hi);
            List<Sample> rows = all.stream().filter(in).toList();
            String where = "seed " + SEED + ", probe " + probe + " (n between " + lo + " and " + hi + ")";

            queries.reset();
            assertThat(q.sum("n", Long.class)).as(where).isEqualTo(rows.stream().filter(s -> s.n != null)
                    .mapToLong(s -> s.n).sum());
            BigDecimal expected = rows.stream().map(s -> s.amount).filter(Objects::nonNull).reduce(BigDecimal.ZERO,
                    BigDecimal::add);
            BigDecimal sum = q.sum("amount", BigDecimal.class);
            assertThat(sum).as(where).isEqualByComparingTo(expected);
            assertThat(sum.scale()).as("no trailing zeros").isEqualTo(Math.max(0, expected.stripTrailingZeros().scale()));
            assertThat(q.sum("score", Double.class)).as(where).isCloseTo(rows.stream().filter(s -> s.score != null)
                    .mapToDouble(s -> s.score).sum(), within(1e-6));
            assertThat(q.min("n", Integer.class)).as(where).isEqualTo(extreme(rows, s -> s.n, true));
            assertThat(q.max("name", String.class)).as(where).isEqualTo(extreme(rows, s -> s.name, false));
            assertThat(q.min("day", LocalDate.class)).as(where).isEqualTo(extreme(rows, s -> s.day, true));
            assertThat(q.max("amount", BigDecimal.class).map(BigDecimal::stripTrailingZeros))
                    .as(where).isEqualTo(extreme(rows, s -> s.amount, false).map(BigDecimal::stripTrailingZeros));
            OptionalDouble avg = q.average("n");
            OptionalDouble expectedAvg = rows.stream().filter(s -> s.n != null).mapToInt(s -> s.n).average();
            assertThat(avg.isPresent()).as(where).isEqualTo(expectedAvg.isPresent());
            if (avg.isPresent()) {
                assertThat(avg.getAsDouble()).as(where).isCloseTo(expectedAvg.getAsDouble(), within(1e-9));
            }
            List<Integer> distinct = new ArrayList<>(rows.stream().map(s -> s.n).distinct().toList());
            distinct.sort(Comparator.nullsFirst(Comparator.naturalOrder()));
            assertThat(q.pluckDistinct("n", Integer.class)).as(where).isEqualTo(distinct);
            assertThat(queries.count()).as("one statement per aggregate").isEqualTo(9);
        }
        System.out.println("[ar4j-tck] " + db.backendName() + ": 25 random ranges over 200 rows, every aggregate agreed"
                + " with the in-memory one (seed " + SEED + ")");
    }

    private static <V extends Comparable<V>> Optional<V> extreme(List<Sample> rows, Function<Sample, V> f, boolean min) {
        Comparator<V> order = Comparator.naturalOrder();
        return rows.stream().map(f).filter(Objects::nonNull).reduce((a, b) -> (order.compare(a, b) <= 0) == min ? a : b);
    }

    @Test
    @DisplayName("over no rows: sums are zero, min, max and average are empty, distinct is empty")
    void noRows() {
        var q = Sample.query(Sample.class);
        assertThat(q.sum("n", Long.class)).isZero();
        assertThat(q.sum("amount", BigDecimal.class)).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(q.sum("score", Double.class)).isZero();
        assertThat(q.min("n", Integer.class)).isEmpty();
        assertThat(q.max("day", LocalDate.class)).isEmpty();
        assertThat(q.average("score")).isEmpty();
        assertThat(q.pluckDistinct("name", String.class)).isEmpty();
    }

    @Test
    @DisplayName("a declared scale is kept: the sum of DECIMAL(10,2) amounts has two decimals")
    void declaredScaleSum() {
        new Invoice("I-1", "10.25").save();
        new Invoice("I-2", "0.75").save();
        BigDecimal sum = Invoice.query(Invoice.class).sum("amount", BigDecimal.class);
        assertThat(sum).isEqualTo(new BigDecimal("11.00"));
    }

    @Test
    @DisplayName("a wrong result class, a non-numeric sum, or min of an unordered type fails before any statement")
    void badAggregates() {
        queries.reset();
        assertThatThrownBy(() -> Sample.query(Sample.class).sum("n", Integer.class)).isInstanceOf(QueryException.class)
                .hasMessageContaining("Long.class");
        assertThatThrownBy(() -> Sample.query(Sample.class).sum("name", Long.class)).isInstanceOf(QueryException.class)
                .hasMessageContaining("Sample.name").hasMessageContaining("numeric");
        assertThatThrownBy(() -> Sample.query(Sample.class).min("flag", Boolean.class)).isInstanceOf(QueryException.class)
                .hasMessageContaining("no portable order");
        assertThatThrownBy(() -> Sample.query(Sample.class).limit(3).sum("n", Long.class)).isInstanceOf(QueryException.class)
                .hasMessageContaining("conditions only");
        assertThat(queries.count()).isZero();
    }
}
