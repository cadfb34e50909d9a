package org.ar4j.core.internal.meta;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.LocalTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.function.Function;

import org.ar4j.ValueConverter;

/**
 * The Java types ar4j stores through the same converter path as an application's {@link org.ar4j.Convert}, each onto
 * a portable column type that keeps its equality and order on every backend: {@code short} and {@code float} as
 * integers and doubles (read back only when they fit), {@code BigInteger} as a decimal of scale 0, {@code LocalTime}
 * as microseconds of the day, {@code Duration} as exact decimal seconds, {@code Year} as its number, {@code YearMonth}
 * as months since year 0, {@code URI} as its text, {@code char} as a one-character string, {@code ZonedDateTime} as its
 * instant and zone id in one text that sorts by the instant.
 */
final class BuiltInTypes {
    /**
     * A built-in mapping: a converter that also takes the query values code writes naturally for the type (an int
     * literal for a short field), as long as they convert without loss.
     *
     * @param <J> the Java type
     * @param <S> the stored type
     */
    interface BuiltIn<J, S> extends ValueConverter<J, S> {
        /** The field value a query value stands for, or null when it stands for none. */
        default J fromQuery(Object value) {
            return null;
        }
    }

    private static final Map<Class<?>, BuiltIn<?, ?>> TYPES = Map.ofEntries(
            Map.entry(Short.class, new Shorts()), Map.entry(short.class, new Shorts()),
            Map.entry(Float.class, new Floats()), Map.entry(float.class, new Floats()),
            Map.entry(Character.class, new Chars()), Map.entry(char.class, new Chars()),
            Map.entry(BigInteger.class, new BigIntegers()),
            Map.entry(LocalTime.class, of(Long.class, (LocalTime t) -> t.toNanoOfDay() / 1_000,
                    micros -> LocalTime.ofNanoOfDay(Math.multiplyExact(micros, 1_000L)))),
            Map.entry(Duration.class, of(BigDecimal.class,
                    (Duration d) -> BigDecimal.valueOf(d.getSeconds()).add(BigDecimal.valueOf(d.getNano(), 9)),
                    s -> Duration.ofSeconds(s.setScale(0, java.math.RoundingMode.FLOOR).longValueExact(),
                            s.subtract(s.setScale(0, java.math.RoundingMode.FLOOR)).movePointRight(9).intValueExact()))),
            Map.entry(Year.class, of(Integer.class, Year::getValue, Year::of)),
            Map.entry(YearMonth.class, of(Long.class, (YearMonth m) -> m.getYear() * 12L + m.getMonthValue() - 1,
                    months -> YearMonth.of(Math.toIntExact(Math.floorDiv(months, 12L)),
                            (int) Math.floorMod(months, 12L) + 1))),
            Map.entry(URI.class, of(String.class, URI::toString, URI::create)),
            Map.entry(ZonedDateTime.class, BuiltInTypes.<ZonedDateTime, String>of(String.class, BuiltInTypes::zoned,
                    BuiltInTypes::zoned)));

    /**
     * Fixed width, so that the text of instants of years 0 to 9999 sorts as the instants do. In a holder: building a
     * formatter loads some 40 classes, which every model's first use paid before (cold start), most never storing a
     * ZonedDateTime.
     */
    private static final class Formats {
        static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
                .withZone(ZoneOffset.UTC);
    }

    /** A ZonedDateTime as its instant (UTC, microseconds, fixed width) and its zone id: {@code ...Z[Europe/Paris]}. */
    private static String zoned(ZonedDateTime t) {
        Instant i = t.toInstant().truncatedTo(ChronoUnit.MICROS);
        int year = i.atOffset(ZoneOffset.UTC).getYear();
        if (year < 0 || year > 9999) {
            throw new IllegalArgumentException("a ZonedDateTime is stored for years 0 to 9999 (UTC), not " + year);
        }
        return Formats.INSTANT.format(i) + "[" + t.getZone().getId() + "]";
    }

    private static ZonedDateTime zoned(String stored) {
        int bracket = stored.indexOf('[');
        if (bracket < 0 || !stored.endsWith("]")) {
            throw new IllegalArgumentException("'" + stored + "' is not an instant and a zone");
        }
        return ZonedDateTime.ofInstant(Instant.parse(stored.substring(0, bracket)),
                ZoneId.of(stored.substring(bracket + 1, stored.length() - 1)));
    }

    private BuiltInTypes() {
    }

    /** The built-in mapping of a Java type, or null. */
    static BuiltIn<?, ?> of(Class<?> type) {
        return TYPES.get(type);
    }

    /** The Java types mapped here, for messages. */
    static final String SUPPORTED = "short/Short, float/Float, char/Character, BigInteger, LocalTime, Duration, Year,"
            + " YearMonth, URI, ZonedDateTime";

    private static <J, S> BuiltIn<J, S> of(Class<S> stored, Function<J, S> to, Function<S, J> from) {
        return new BuiltIn<>() {
            @Override
            public Class<S> storedType() {
                return stored;
            }

            @Override
            public S toStored(J value) {
                return to.apply(value);
            }

            @Override
            public J fromStored(S value) {
                return from.apply(value);
            }
        };
    }

    /** A short as an integer column; only values within a short read back. */
    private static final class Shorts implements BuiltIn<Short, Integer> {
        @Override
        public Class<Integer> storedType() {
            return Integer.class;
        }

        @Override
        public Integer toStored(Short value) {
            return (int) value;
        }

        @Override
        public Short fromStored(Integer stored) {
            if (stored != stored.shortValue()) {
                throw new ArithmeticException(stored + " is outside a short's range");
            }
            return stored.shortValue();
        }

        @Override
        public Short fromQuery(Object value) {
            return value instanceof Integer || value instanceof Long || value instanceof Byte
                    ? fits(((Number) value).longValue()) : null;
        }

        private static Short fits(long v) {
            return v == (short) v ? (short) v : null;
        }
    }

    /** A float as a double column: exact both ways; only doubles that are floats read back. */
    private static final class Floats implements BuiltIn<Float, Double> {
        @Override
        public Class<Double> storedType() {
            return Double.class;
        }

        @Override
        public Double toStored(Float value) {
            return (double) value;
        }

        @Override
        public Float fromStored(Double stored) {
            float f = stored.floatValue();
            if ((double) f != stored && !stored.isNaN()) {
                throw new ArithmeticException(stored + " is not a float value");
            }
            return f;
        }

        @Override
        public Float fromQuery(Object value) {
            if (value instanceof Double d && (double) d.floatValue() == d) {
                return d.floatValue();
            }
            return value instanceof Integer || value instanceof Short ? ((Number) value).floatValue() : null;
        }
    }

    /** A char as a one-character string; a lone surrogate half is no text a database keeps. */
    private static final class Chars implements BuiltIn<Character, String> {
        @Override
        public Class<String> storedType() {
            return String.class;
        }

        @Override
        public String toStored(Character value) {
            if (Character.isSurrogate(value)) {
                throw new IllegalArgumentException("a lone UTF-16 surrogate (" + (int) value + ") is not text");
            }
            return String.valueOf(value);
        }

        @Override
        public Character fromStored(String stored) {
            if (stored.length() != 1) {
                throw new IllegalArgumentException("'" + stored + "' is not one character");
            }
            return stored.charAt(0);
        }

        @Override
        public Character fromQuery(Object value) {
            return value instanceof String s && s.length() == 1 ? s.charAt(0) : null;
        }
    }

    /** A BigInteger as a decimal of scale 0. */
    private static final class BigIntegers implements BuiltIn<BigInteger, BigDecimal> {
        @Override
        public Class<BigDecimal> storedType() {
            return BigDecimal.class;
        }

        @Override
        public BigDecimal toStored(BigInteger value) {
            return new BigDecimal(value);
        }

        @Override
        public BigInteger fromStored(BigDecimal stored) {
            return stored.toBigIntegerExact();
        }

        @Override
        public BigInteger fromQuery(Object value) {
            return value instanceof Integer || value instanceof Long || value instanceof Short
                    ? BigInteger.valueOf(((Number) value).longValue()) : null;
        }
    }
}
