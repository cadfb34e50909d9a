package org.ar4j.tck.scenarios;

import java.math.BigInteger;
import java.net.URI;
import java.time.Duration;
import java.time.LocalTime;
import java.time.Year;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.ar4j.ActiveRecord;
import org.ar4j.ConversionException;
import org.ar4j.QueryException;
import org.ar4j.query.Order;
import org.ar4j.query.Where;
import org.ar4j.tck.TckScenario;
import org.ar4j.tck.fixtures.Measured;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Java types stored through built-in mappings: seeded random values and their extremes round-trip, compare and
 * order as an in-memory oracle says, on every backend.
 */
@Tag("types")
class TypesTest extends TckScenario {
    private static final long SEED = 20261207L;
    private static final int VALUES = 16;

    /** One type: its field, how to make values, and how to put them in the fixture and read them back. */
    private record Kind<V extends Comparable<? super V>>(String field, Function<Random, V> random, List<V> edges,
                                                        BiConsumer<Measured, V> set, Function<Measured, V> get) {
    }

    private static List<Kind<?>> kinds() {
        List<Kind<?>> k = new ArrayList<>();
        k.add(new Kind<>("smallBoxed", r -> (short) r.nextInt(1 << 16), List.of(Short.MIN_VALUE, Short.MAX_VALUE,
                (short) 0), (m, v) -> m.smallBoxed = v, m -> m.smallBoxed));
        k.add(new Kind<>("ratio", r -> (float) ((r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(20) - 10)),
                List.of(Float.MAX_VALUE, -Float.MAX_VALUE, Float.MIN_NORMAL, 0.0f, 1.0f / 3), (m, v) -> m.ratio = v,
                m -> m.ratio));
        k.add(new Kind<>("letter", r -> (char) ('!' + r.nextInt(94)), List.of('A', 'a', 'é', '0'),
                (m, v) -> m.letter = v, m -> m.letter));
        k.add(new Kind<>("big", r -> new BigInteger(100, r).subtract(BigInteger.ONE.shiftLeft(99)),
                List.of(BigInteger.ZERO, BigInteger.TEN.pow(33), BigInteger.TEN.pow(33).negate()),
                (m, v) -> m.big = v, m -> m.big));
        k.add(new Kind<>("clock", r -> LocalTime.ofNanoOfDay(r.nextLong(86_400_000_000L) * 1_000),
                List.of(LocalTime.MIN, LocalTime.MAX.withNano(999_999_000), LocalTime.NOON), (m, v) -> m.clock = v,
                m -> m.clock));
        k.add(new Kind<>("span", r -> Duration.ofSeconds(r.nextInt() * 1000L, r.nextInt(1_000_000_000)),
                List.of(Duration.ZERO, Duration.ofNanos(-1), Duration.ofSeconds(Long.MAX_VALUE, 999_999_999),
                        Duration.ofSeconds(Long.MIN_VALUE)), (m, v) -> m.span = v, m -> m.span));
        k.add(new Kind<>("vintage", r -> Year.of(r.nextInt(4000) - 1000), List.of(Year.of(0), Year.of(9999),
                Year.of(-9999)), (m, v) -> m.vintage = v, m -> m.vintage));
        k.add(new Kind<>("period", r -> YearMonth.of(r.nextInt(4000) - 1000, 1 + r.nextInt(12)),
                List.of(YearMonth.of(0, 1), YearMonth.of(-1, 12), YearMonth.of(9999, 12)), (m, v) -> m.period = v,
                m -> m.period));
        k.add(new Kind<>("link", r -> URI.create("https://example.com/" + Integer.toString(r.nextInt(1000), 36)),
                List.of(URI.create("urn:isbn:0451450523"), URI.create("https://example.com/a?b=c#d")),
                (m, v) -> m.link = v, m -> m.link));
        List<ZoneId> zones = List.of(ZoneId.of("UTC"), ZoneId.of("Europe/Paris"), ZoneId.of("America/New_York"),
                ZoneId.of("+05:30"), ZoneId.of("Asia/Tokyo"));
        k.add(new Kind<>("moment", r -> ZonedDateTime.ofInstant(Instant.ofEpochSecond(r.nextLong(-2_208_988_800L,
                4_102_444_800L), r.nextInt(1_000_000) * 1_000L), zones.get(r.nextInt(zones.size()))),
                List.of(ZonedDateTime.of(2026, 3, 29, 2, 30, 0, 0, ZoneId.of("Europe/Paris")),
                        ZonedDateTime.ofInstant(Instant.parse("0001-01-01T00:00:00Z"), ZoneId.of("UTC"))),
                (m, v) -> m.moment = v, m -> m.moment));
        return k;
    }

    @Test
    @DisplayName("short, float, char, BigInteger, LocalTime, Duration, Year, YearMonth, URI, ZonedDateTime agree with an oracle")
    void seededValuesAgreeWithAnOracle() {
        Random random = new Random(SEED);
        for (Kind<?> kind : kinds()) {
            check(kind, random);
        }
    }

    private <V extends Comparable<? super V>> void check(Kind<V> kind, Random random) {
        ActiveRecord.query(Measured.class).deleteAll();
        List<V> values = new ArrayList<>(kind.edges());
        for (int i = 0; i < VALUES; i++) {
            values.add(kind.random().apply(random));
        }
        List<Measured> saved = new ArrayList<>();
        for (V v : values) {
            Measured m = new Measured();
            kind.set().accept(m, v);
            saved.add(m.save());
        }
        String where = "seed " + SEED + ", " + kind.field();
        for (int i = 0; i < saved.size(); i++) {
            assertThat(kind.get().apply(ActiveRecord.findOrFail(Measured.class, saved.get(i).id)))
                    .as(where).isEqualTo(values.get(i));
        }
        for (int p = 0; p < 6; p++) {
            V probe = values.get(random.nextInt(values.size()));
            List<Long> want = new ArrayList<>();
            for (int i = 0; i < values.size(); i++) {
                if (values.get(i).compareTo(probe) < 0) {
                    want.add(saved.get(i).id);
                }
            }
            assertThat(ActiveRecord.query(Measured.class).where(Where.lt(kind.field(), probe)).orderBy("id").all()
                    .stream().map(m -> m.id).toList()).as(where + " < " + probe).isEqualTo(want);
            assertThat(ActiveRecord.query(Measured.class).where(Where.eq(kind.field(), probe)).count())
                    .as(where + " = " + probe).isEqualTo(values.stream().filter(v -> v.compareTo(probe) == 0).count());
        }
        List<V> ordered = ActiveRecord.query(Measured.class).orderBy(Order.asc(kind.field()), Order.asc("id")).all()
                .stream().map(kind.get()).toList();
        assertThat(ordered).as(where + " order").isSortedAccordingTo(Comparator.naturalOrder());
    }

    @Test
    @DisplayName("a query value converts only without loss; a lone surrogate char is refused before any statement")
    void lossyValuesAreRefused() {
        Measured m = new Measured();
        m.smallBoxed = 7;
        m.save();
        assertThat(ActiveRecord.query(Measured.class).where(Where.eq("smallBoxed", 7)).count())
                .as("an int literal for a short field").isEqualTo(1);
        assertThatThrownBy(() -> ActiveRecord.query(Measured.class).where(Where.eq("smallBoxed", 70_000)).count())
                .isInstanceOf(QueryException.class).hasMessageContaining("Measured.smallBoxed");
        Measured bad = new Measured();
        bad.letter = '\uD800';
        assertThatThrownBy(bad::save).isInstanceOf(ConversionException.class).hasMessageContaining("Measured.letter");
        assertThat(bad.isNewRecord()).isTrue();
        assertThat(ActiveRecord.query(Measured.class).count()).isEqualTo(1);
    }
}
