package org.ar4j.backend.memory;

import java.util.ArrayList;
import java.util.List;

import org.ar4j.spi.Filter;

/** The values a statement binds, in order (as a SQL backend would bind them), for events and their counts. */
final class Bound {
    private final List<Object> values = new ArrayList<>();

    /** The values of a condition (an IN list counts each value; a subquery's come where it stands). */
    Bound where(Filter p) {
        if (p instanceof Filter.Compare c) {
            values.add(c.value());
        } else if (p instanceof Filter.In in) {
            values.addAll(in.values());
        } else if (p instanceof Filter.Like l) {
            values.add(l.pattern());
        } else if (p instanceof Filter.Between b) {
            values.add(b.low());
            values.add(b.high());
        } else if (p instanceof Filter.And a) {
            a.parts().forEach(this::where);
        } else if (p instanceof Filter.Or o) {
            o.parts().forEach(this::where);
        } else if (p instanceof Filter.Not n) {
            where(n.part());
        } else if (p instanceof Filter.Exists e) {
            where(e.where());
        }
        return this;
    }

    /** One more value when it is given (a limit, an offset). */
    Bound add(Object v) {
        if (v != null) {
            values.add(v);
        }
        return this;
    }

    /** Every value of rows, row by row. */
    Bound rows(List<Object[]> rows) {
        rows.forEach(r -> values.addAll(java.util.Arrays.asList(r)));
        return this;
    }

    /** Values that are bound even when null (an update's new values). */
    Bound all(java.util.Collection<Object> more) {
        values.addAll(more);
        return this;
    }

    int count() {
        return values.size();
    }

    List<Object> values() {
        return values;
    }
}
