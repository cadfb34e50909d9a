package org.ar4j.core.internal.query;

import java.util.List;

import org.ar4j.QueryException;
import org.ar4j.core.internal.meta.FieldInfo;
import org.ar4j.core.internal.meta.ModelInfo;
import org.ar4j.core.internal.meta.Values;
import org.ar4j.query.Predicate;
import org.ar4j.spi.Filter;

/** Conditions on the id: the one {@code whereId} and {@code find} add, and whether conditions pin one row. */
final class ById {
    private ById() {
    }

    /** The resolved condition "id = value", the value converted to the id's type; a null id is refused. */
    static Filter condition(ModelInfo model, Object id) {
        FieldInfo f = model.requireId("Finding by id");
        if (id == null) {
            throw new QueryException("Looking up " + model.name() + " by a null id");
        }
        return new Filter.Compare(f.column(), Predicate.Operator.EQ, Values.coerce(f, id));
    }

    /** Whether the conditions include equality on the id, which matches one row at most (no LIMIT needed). */
    static boolean matchesAtMostOne(ModelInfo model, List<Filter> where) {
        if (model.id() == null) {
            return false;
        }
        for (Filter p : where) {
            if (p instanceof Filter.Compare c && c.operator() == Predicate.Operator.EQ
                    && c.column().equals(model.id().column())) {
                return true;
            }
        }
        return false;
    }
}
