package org.ar4j.tck.scenarios;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.ar4j.ActiveRecord;
import org.ar4j.query.Order;
import org.ar4j.query.Where;
import org.ar4j.tck.TckScenario;
import org.ar4j.tck.fixtures.AllTypes;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every supported value type round-trips exactly, and compares and sorts correctly. */
@Tag("types")
class ValueTypesTest extends TckScenario {

    private AllTypes roundTrip(AllTypes t) {
        t.save();
        return ActiveRecord.findOrFail(AllTypes.class, t.id);
    }

    @Test
    @DisplayName("nulls round-trip in every nullable field; primitives keep their defaults")
    void nulls() {
        AllTypes back = roundTrip(new AllTypes());
        assertThat(back.text).isNull();
        assertThat(back.flag).isNull();
        assertThat(back.count).isNull();
        assertThat(back.big).isNull();
        assertThat(back.ratio).isNull();
        assertThat(back.amount).isNull();
        assertThat(back.at).isNull();
        assertThat(back.day).isNull();
        assertThat(back.localTime).isNull();
        assertThat(back.uuid).isNull();
        assertThat(back.mood).isNull();
        assertThat(back.blob).isNull();
        assertThat(back.primitiveCount).isZero();
        assertThat(back.primitiveFlag).isFalse();
    }

    @Test
    @DisplayName("strings: unicode, emoji, CJK, empty, quotes, backslashes and 10,000 characters")
    void strings() {
        for (String s : new String[] {"héllo wörld", "😀🎉 emoji", "漢字かなカナ", "", "it's \"quoted\"", "back\\slash",
                "line\nbreak\ttab", "x".repeat(10_000)}) {
            AllTypes t = new AllTypes();
            t.text = s;
            assertThat(roundTrip(t).text).isEqualTo(s);
        }
    }

    @Test
    @DisplayName("empty string and null are different values")
    void emptyIsNotNull() {
        AllTypes a = new AllTypes();
        a.text = "";
        a.save();
        new AllTypes().save();
        assertThat(ActiveRecord.query(AllTypes.class).where("text", "").count()).isEqualTo(1);
        assertThat(ActiveRecord.query(AllTypes.class).where(Where.isNull("text")).count()).isEqualTo(1);
    }

    @Test
    @DisplayName("integer extremes round-trip")
    void integerExtremes() {
        AllTypes t = new AllTypes();
        t.count = Integer.MIN_VALUE;
        t.primitiveCount = Integer.MAX_VALUE;
        t.big = Long.MIN_VALUE;
        t.primitiveBig = Long.MAX_VALUE;
        AllTypes back = roundTrip(t);
        assertThat(back.count).isEqualTo(Integer.MIN_VALUE);
        assertThat(back.primitiveCount).isEqualTo(Integer.MAX_VALUE);
        assertThat(back.big).isEqualTo(Long.MIN_VALUE);
        assertThat(back.primitiveBig).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    @DisplayName("doubles round-trip: fractions, large and tiny magnitudes, negatives")
    void doubles() {
        for (double d : new double[] {0.1, -2.5, 1e300, -1e-300, 123456789.123456, Double.MIN_NORMAL}) {
            AllTypes t = new AllTypes();
            t.ratio = d;
            t.primitiveRatio = d;
            AllTypes back = roundTrip(t);
            assertThat(back.ratio).isEqualTo(d);
            assertThat(back.primitiveRatio).isEqualTo(d);
        }
    }

    @Test
    @DisplayName("BigDecimal keeps its exact value and scale")
    void decimals() {
        for (String s : new String[] {"12345.6789", "1.10", "0", "-0.001", "99999999999999999999.123456789"}) {
            AllTypes t = new AllTypes();
            t.amount = new BigDecimal(s);
            assertThat(roundTrip(t).amount).isEqualTo(new BigDecimal(s));
        }
    }

    @Test
    @DisplayName("BigDecimal compares by value, not by text")
    void decimalComparison() {
        for (String s : new String[] {"9.5", "10.25", "100", "-3"}) {
            AllTypes t = new AllTypes();
            t.amount = new BigDecimal(s);
            t.save();
        }
        assertThat(ActiveRecord.query(AllTypes.class).where(Where.gt("amount", new BigDecimal("9.75")))
                .orderBy(Order.asc("amount")).pluck("amount", BigDecimal.class))
                .containsExactly(new BigDecimal("10.25"), new BigDecimal("100"));
    }

    @Test
    @DisplayName("Instant keeps microseconds, whatever offset it was made in, before and after 1970")
    void instants() {
        Instant[] values = {Instant.parse("2026-11-22T10:15:30.123456Z"),
                OffsetDateTime.of(2026, 6, 1, 23, 30, 0, 500_000_000, ZoneOffset.ofHours(-7)).toInstant(),
                Instant.parse("1969-07-20T20:17:40.000001Z"), Instant.parse("1900-01-01T00:00:00Z"),
                Instant.parse("9999-12-31T23:59:59.999999Z")};
        for (Instant i : values) {
            AllTypes t = new AllTypes();
            t.at = i;
            assertThat(roundTrip(t).at).isEqualTo(i);
        }
    }

    @Test
    @DisplayName("Instant beyond microseconds is truncated to microseconds")
    void instantTruncated() {
        AllTypes t = new AllTypes();
        t.at = Instant.parse("2026-01-01T00:00:00.123456789Z");
        assertThat(roundTrip(t).at).isEqualTo(Instant.parse("2026-01-01T00:00:00.123456Z"));
    }

    @Test
    @DisplayName("Instants compare and sort in time order")
    void instantOrder() {
        Instant base = Instant.parse("2026-03-01T12:00:00Z");
        for (int i : new int[] {3, -2, 0, 1}) {
            AllTypes t = new AllTypes();
            t.at = base.plusSeconds(i * 3600L);
            t.primitiveCount = i;
            t.save();
        }
        assertThat(ActiveRecord.query(AllTypes.class).where(Where.ge("at", base)).orderBy(Order.asc("at"))
                .pluck("primitiveCount", Integer.class)).containsExactly(0, 1, 3);
    }

    @Test
    @DisplayName("LocalDate and LocalDateTime round-trip and compare")
    void localDates() {
        LocalDate[] days = {LocalDate.of(1000, 1, 1), LocalDate.of(2024, 2, 29), LocalDate.of(9999, 12, 31)};
        for (LocalDate d : days) {
            AllTypes t = new AllTypes();
            t.day = d;
            t.localTime = d.atTime(13, 14, 15, 123_456_000);
            AllTypes back = roundTrip(t);
            assertThat(back.day).isEqualTo(d);
            assertThat(back.localTime).isEqualTo(d.atTime(13, 14, 15, 123_456_000));
        }
        assertThat(ActiveRecord.query(AllTypes.class).where(Where.between("day", LocalDate.of(2000, 1, 1),
                LocalDate.of(3000, 1, 1))).count()).isEqualTo(1);
        assertThat(ActiveRecord.query(AllTypes.class).where(Where.lt("localTime", LocalDateTime.of(2024, 2, 29, 13, 14, 16)))
                .count()).isEqualTo(2);
    }

    @Test
    @DisplayName("UUID round-trips and is found by equality")
    void uuids() {
        UUID u = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");
        AllTypes t = new AllTypes();
        t.uuid = u;
        assertThat(roundTrip(t).uuid).isEqualTo(u);
        assertThat(ActiveRecord.query(AllTypes.class).where("uuid", u).count()).isEqualTo(1);
        assertThat(ActiveRecord.query(AllTypes.class).where("uuid", UUID.randomUUID()).count()).isZero();
    }

    @Test
    @DisplayName("enums are stored by name, including non-ASCII constants, and queried by constant or name")
    void enums() {
        AllTypes t = new AllTypes();
        t.mood = AllTypes.Mood.ÜBER;
        assertThat(roundTrip(t).mood).isEqualTo(AllTypes.Mood.ÜBER);
        assertThat(ActiveRecord.query(AllTypes.class).where("mood", AllTypes.Mood.ÜBER).count()).isEqualTo(1);
        assertThat(ActiveRecord.query(AllTypes.class).where("mood", "ÜBER").count()).isEqualTo(1);
        assertThat(ActiveRecord.query(AllTypes.class).pluck("mood", AllTypes.Mood.class)).containsExactly(AllTypes.Mood.ÜBER);
    }

    @Test
    @DisplayName("byte arrays round-trip all 256 byte values; an empty array stays empty, not null")
    void bytes() {
        byte[] all = new byte[256];
        for (int i = 0; i < 256; i++) {
            all[i] = (byte) i;
        }
        AllTypes t = new AllTypes();
        t.blob = all;
        assertThat(roundTrip(t).blob).isEqualTo(all);
        AllTypes e = new AllTypes();
        e.blob = new byte[0];
        assertThat(roundTrip(e).blob).isNotNull().isEmpty();
    }

    @Test
    @DisplayName("booleans round-trip and are queried")
    void booleans() {
        for (Boolean b : new Boolean[] {true, false, null}) {
            AllTypes t = new AllTypes();
            t.flag = b;
            t.primitiveFlag = b != null && b;
            t.save();
        }
        assertThat(ActiveRecord.query(AllTypes.class).where("flag", true).count()).isEqualTo(1);
        assertThat(ActiveRecord.query(AllTypes.class).where("primitiveFlag", false).count()).isEqualTo(2);
        assertThat(ActiveRecord.query(AllTypes.class).where(Where.isNull("flag")).count()).isEqualTo(1);
    }
}
