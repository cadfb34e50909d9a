package org.ar4j.core.internal.session;

import java.util.Locale;
import java.util.Objects;

import org.ar4j.query.Predicate;

/**
 * Which per-owner aggregate of a relation a value is ({@code withCount}, {@code withSum}...): the key under which a
 * query attaches it to each owner and the relation's accessors look it up. Equal when the relation, the kind, the
 * field and the condition (a predicate record, compared by value) are.
 *
 * @param relation  the relation's name
 * @param kind      what is computed
 * @param field     the target field aggregated; null for a count
 * @param condition the caller's condition on the targets, or null
 */
public record AggregateKey(String relation, Kind kind, String field, Predicate condition) {

    /**
     * Written out rather than the record's generated one: each owner's aggregates are looked up by key for every
     * read of a count, and on Java 17 the generated method measured among the top methods of a page of articles.
     */
    @Override
    public int hashCode() {
        int h = relation.hashCode() * 31 + kind.ordinal();
        h = h * 31 + (field == null ? 0 : field.hashCode());
        return h * 31 + (condition == null ? 0 : condition.hashCode());
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof AggregateKey k && kind == k.kind && relation.equals(k.relation)
                && Objects.equals(field, k.field) && Objects.equals(condition, k.condition);
    }

    /** What a per-owner aggregate computes. */
    public enum Kind {
        /** The number of related records. */ COUNT,
        /** The sum of a field. */ SUM,
        /** The smallest value of a field. */ MIN,
        /** The largest value of a field. */ MAX,
        /** The mean of a field. */ AVG;

        private final String label = name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);

        /** The kind named (COUNT, SUM, MIN, MAX, AVG; case aside). */
        public static Kind of(String name) {
            return valueOf(name.toUpperCase(Locale.ROOT));
        }

        /** As the query methods spell it: Count, Sum, Min, Max, Avg. */
        public String label() {
            return label;
        }

        /** Whether the value is one of the values, the least or the greatest (read back as the field's type). */
        public boolean extreme() {
            return this == MIN || this == MAX;
        }

        /** Whether the value is a sum of values (and so comes with their count). */
        public boolean sums() {
            return this == SUM || this == AVG;
        }
    }
}
