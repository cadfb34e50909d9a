package org.ar4j.spi;

import java.util.List;
import java.util.function.Function;

/**
 * SQL's three-valued logic for conditions evaluated in memory (by a backend without SQL, and by ar4j's own
 * {@code having}): TRUE, FALSE, or null for UNKNOWN. AND is FALSE as soon as a part is, OR TRUE as soon as a part
 * is; otherwise an UNKNOWN part makes the whole UNKNOWN. NOT of UNKNOWN is UNKNOWN.
 */
public final class ThreeValuedLogic {
    private ThreeValuedLogic() {
    }

    /** The conjunction of the parts, each evaluated (in order, stopping at the first FALSE). */
    public static <T> Boolean and(List<T> parts, Function<T, Boolean> eval) {
        boolean unknown = false;
        for (T x : parts) {
            Boolean b = eval.apply(x);
            if (Boolean.FALSE.equals(b)) {
                return false;
            }
            unknown |= b == null;
        }
        return unknown ? null : true;
    }

    /** The disjunction of the parts, each evaluated (in order, stopping at the first TRUE). */
    public static <T> Boolean or(List<T> parts, Function<T, Boolean> eval) {
        boolean unknown = false;
        for (T x : parts) {
            Boolean b = eval.apply(x);
            if (Boolean.TRUE.equals(b)) {
                return true;
            }
            unknown |= b == null;
        }
        return unknown ? null : false;
    }

    /** The negation; UNKNOWN stays UNKNOWN. */
    public static Boolean not(Boolean b) {
        return b == null ? null : !b;
    }
}
