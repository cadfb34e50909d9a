package org.ar4j.core.internal.query;

import java.util.List;

import org.ar4j.core.internal.meta.ModelInfo;
import org.ar4j.core.internal.meta.KeyFields;
import org.ar4j.query.Predicate;
import org.ar4j.spi.Filter;

/** Conditions on the key: the one {@code whereId} and {@code find} add, and whether conditions pin one row. */
final class ById {
    private ById() {
    }

    /**
     * The resolved condition "key = value": the id converted to the id's type, or each part of a composite
     * {@link org.ar4j.Key} to its field's; a null id is refused.
     */
    static Filter condition(ModelInfo model, Object id) {
        KeyFields key = model.requireKey("Finding by id");
        return key.equalTo(key.fromCaller(id));
    }

    /** Whether the conditions include equality on every key column, which matches one row at most (no LIMIT needed). */
    static boolean matchesAtMostOne(ModelInfo model, List<Filter> where) {
        KeyFields key = model.key();
        if (key == null) {
            return false;
        }
        for (String column : key.columns()) {
            if (!pins(column, where)) {
                return false;
            }
        }
        return true;
    }

    private static boolean pins(String column, List<Filter> where) {
        for (Filter p : where) {
            if (p instanceof Filter.Compare c && c.operator() == Predicate.Operator.EQ && c.column().equals(column)) {
                return true;
            }
            if (p instanceof Filter.And a && pins(column, a.parts())) {
                return true;
            }
        }
        return false;
    }
}
