package org.ar4j.backend.memory;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.ar4j.query.Order;

/**
 * How stored values compare: numbers by value whatever their class, strings by code point, UUIDs by their text,
 * byte arrays byte by byte (unsigned), everything else by its natural order. In an order, nulls come first
 * ascending and last descending, as ar4j promises on every backend.
 */
final class MemoryValues {
    private MemoryValues() {
    }

    /** Whether two non-null values are equal (as SQL's {@code =} is). */
    static boolean same(Object a, Object b) {
        if (a instanceof byte[] x && b instanceof byte[] y) {
            return Arrays.equals(x, y);
        }
        return compare(a, b) == 0;
    }

    /** Compares two non-null values of one column. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static int compare(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return numbers(x, y);
        }
        if (a instanceof String x && b instanceof String y) {
            return codePoints(x, y);
        }
        if (a instanceof UUID x && b instanceof UUID y) {
            return x.toString().compareTo(y.toString());
        }
        if (a instanceof byte[] x && b instanceof byte[] y) {
            return Arrays.compareUnsigned(x, y);
        }
        return ((Comparable) a).compareTo(b);
    }

    private static int numbers(Number x, Number y) {
        if (x instanceof Double || y instanceof Double || x instanceof Float || y instanceof Float) {
            double a = x.doubleValue();
            double b = y.doubleValue();
            return a == b ? 0 : Double.compare(a, b);
        }
        if (x instanceof BigDecimal || y instanceof BigDecimal) {
            return decimal(x).compareTo(decimal(y));
        }
        return Long.compare(x.longValue(), y.longValue());
    }

    private static BigDecimal decimal(Number n) {
        return n instanceof BigDecimal d ? d : BigDecimal.valueOf(n.longValue());
    }

    static int codePoints(String a, String b) {
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
    }

    /** Compares possibly null values: null first. */
    static int nullsFirst(Object a, Object b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        return compare(a, b);
    }

    /** Rows in the given order of columns (positions in {@code columns}); nulls first ascending, last descending. */
    static Comparator<Object[]> order(List<Order> orders, List<String> columns) {
        Comparator<Object[]> c = (x, y) -> 0;
        for (Order o : orders) {
            int i = columns.indexOf(o.field());
            Comparator<Object[]> one = (x, y) -> nullsFirst(x[i], y[i]);
            c = c.thenComparing(o.ascending() ? one : one.reversed());
        }
        return c;
    }
}
