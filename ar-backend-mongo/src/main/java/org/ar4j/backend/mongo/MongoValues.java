package org.ar4j.backend.mongo;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.bson.Document;
import org.bson.types.Binary;
import org.bson.types.Decimal128;

import org.ar4j.ArgumentException;
import org.ar4j.spi.ColumnType;
import org.ar4j.spi.JsonValue;

/**
 * Canonical ar4j values to and from the BSON values stored. Chosen so every type round-trips
 * exactly and compares and sorts like its Java value:
 * <ul>
 *   <li>Instant: Int64 microseconds since the epoch (a BSON date holds only milliseconds);</li>
 *   <li>LocalDate: "yyyy-MM-dd" and LocalDateTime: "yyyy-MM-ddTHH:mm:ss.SSSSSS", fixed-width strings
 *       that sort in time order for years 0000-9999;</li>
 *   <li>BigDecimal: Decimal128 (exact, scale kept, compared numerically; 34 significant digits);</li>
 *   <li>UUID: binary subtype 4 (the standard representation); byte[]: binary subtype 0;</li>
 *   <li>enums: their name (core converts them to strings); the rest: the natural BSON type.</li>
 * </ul>
 */
final class MongoValues {
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS");

    private MongoValues() {
    }

    static Object toBson(Object value, ColumnType type) {
        if (value == null) {
            return null;
        }
        return switch (type) {
            case INSTANT -> {
                Instant i = (Instant) value;
                yield Math.addExact(Math.multiplyExact(i.getEpochSecond(), 1_000_000L), i.getNano() / 1_000);
            }
            case DATE -> value.toString();
            case DATE_TIME -> DATE_TIME.format((LocalDateTime) value);
            case DECIMAL -> new Decimal128((BigDecimal) value);
            case BYTES -> new Binary((byte[]) value);
            case JSON -> toBsonTree(((JsonValue) value).tree());
            default -> value;
        };
    }

    /** A JSON tree as BSON: objects as documents (a native subdocument), arrays as arrays, decimals exact. */
    private static Object toBsonTree(Object tree) {
        if (tree instanceof Map<?, ?> m) {
            Document d = new Document();
            m.forEach((k, v) -> d.append((String) k, toBsonTree(v)));
            return d;
        }
        if (tree instanceof List<?> l) {
            List<Object> out = new ArrayList<>(l.size());
            l.forEach(v -> out.add(toBsonTree(v)));
            return out;
        }
        if (tree instanceof BigDecimal || tree instanceof BigInteger) {
            BigDecimal b = tree instanceof BigInteger i ? new BigDecimal(i) : (BigDecimal) tree;
            if (b.precision() > 34) {
                throw new ArgumentException("A JSON document holds the number " + b + ", which has more than the 34"
                        + " significant digits a MongoDB decimal keeps exactly; store it as a string (nothing was"
                        + " written)");
            }
            return new Decimal128(b);
        }
        if (tree instanceof Double || tree instanceof Float) {
            // by its decimal text, as the SQL backends keep it: compared exactly with other decimals
            double d = ((Number) tree).doubleValue();
            return Double.isFinite(d) ? new Decimal128(JsonValue.decimal(d)) : d;
        }
        if (tree instanceof Short || tree instanceof Byte) {
            return ((Number) tree).intValue();
        }
        return tree;
    }

    /** A BSON value read from a JSON column as a plain JSON tree. */
    private static Object fromBsonTree(Object bson) {
        if (bson instanceof Document d) {
            Map<String, Object> m = new LinkedHashMap<>();
            d.forEach((k, v) -> m.put(k, fromBsonTree(v)));
            return m;
        }
        if (bson instanceof List<?> l) {
            List<Object> out = new ArrayList<>(l.size());
            l.forEach(v -> out.add(fromBsonTree(v)));
            return out;
        }
        return bson instanceof Decimal128 d ? d.bigDecimalValue() : bson;
    }

    static Object fromBson(Object value, ColumnType type) {
        if (value == null) {
            return null;
        }
        return switch (type) {
            case STRING -> (String) value;
            case BOOLEAN -> (Boolean) value;
            case INTEGER -> {
                // beyond an int: handed over as a Long, which core refuses (never wrapped)
                long l = ((Number) value).longValue();
                yield l == (int) l ? (Object) (int) l : (Object) l;
            }
            case LONG -> ((Number) value).longValue();
            case DOUBLE -> ((Number) value).doubleValue();
            case DECIMAL -> value instanceof Decimal128 d ? d.bigDecimalValue() : new BigDecimal(value.toString());
            case INSTANT -> {
                long micros = ((Number) value).longValue();
                yield Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L),
                        TimeUnit.MICROSECONDS.toNanos(Math.floorMod(micros, 1_000_000L)));
            }
            case DATE -> LocalDate.parse((String) value);
            case DATE_TIME -> LocalDateTime.parse((String) value);
            case UUID -> value instanceof UUID u ? u : UUID.fromString(value.toString());
            case BYTES -> value instanceof Binary b ? b.getData() : (byte[]) value;
            case JSON -> JsonValue.ofTree(fromBsonTree(value));
        };
    }
}
