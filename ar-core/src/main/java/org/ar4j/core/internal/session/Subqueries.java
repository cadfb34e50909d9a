package org.ar4j.core.internal.session;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.ar4j.core.internal.meta.Conditions;
import org.ar4j.core.internal.meta.FilterRewriter;
import org.ar4j.spi.Filter;
import org.ar4j.spi.AggregateSelect;
import org.ar4j.spi.Backend;
import org.ar4j.spi.Read;
import org.ar4j.spi.RowCursor;

/**
 * For a backend without {@link org.ar4j.Capability#SUBQUERIES}: every {@link Filter.Exists} of a condition
 * becomes an IN list of the keys its table holds, read first (innermost first, one grouped read each): "the column is
 * not null and in the keys", FALSE (never UNKNOWN) for a null key, as EXISTS is. NOT EXISTS becomes "the column is
 * null, or not in the keys", which is what NOT EXISTS means for a null key.
 */
final class Subqueries extends FilterRewriter {
    private final Backend reader;

    private Subqueries(Backend reader) {
        this.reader = reader;
    }

    /** The condition with its subqueries replaced by key lists, read through {@code reader}; null stays null. */
    static Filter materialize(Backend reader, Filter p) {
        boolean nested = Conditions.containsExists(p);
        return nested ? p.accept(new Subqueries(reader)) : p;
    }

    @Override
    public Filter exists(Filter.Exists e) {
        Filter inner = materialize(reader, e.where());
        Set<Object> keys = new LinkedHashSet<>();
        try (RowCursor c = reader.read(Read.aggregate(new AggregateSelect(e.table(), inner, List.of(e.column()), List.of(),
                List.of())))) {
            while (c.next()) {
                Object k = c.get(0);
                if (k != null) {
                    keys.add(k);
                }
            }
        }
        List<Object> list = new ArrayList<>(keys);
        if (!e.negated()) {
            // EXISTS is never UNKNOWN: a null key is FALSE, not the UNKNOWN of "null IN (...)", so that a NOT above
            // it (hasNo across a MorphTo) keeps the row, as a database's EXISTS does
            return new Filter.And(List.of(new Filter.IsNull(e.outerColumn(), true), new Filter.In(e.outerColumn(), list,
                    false)));
        }
        return new Filter.Or(List.of(new Filter.IsNull(e.outerColumn(), false), new Filter.In(e.outerColumn(), list,
                true)));
    }

}
