package org.ar4j.query;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.ar4j.ArgumentException;

/**
 * A condition on a model's records, made with {@link Where}, on field names. Predicates are immutable values.
 * ar4j translates one into a backend's {@code org.ar4j.spi.Filter} (columns, canonical values, relation
 * conditions as subqueries) once, when the query is built.
 */
public sealed interface Predicate
        permits Predicate.Compare, Predicate.In, Predicate.IsNull, Predicate.Like, Predicate.Between,
        Predicate.And, Predicate.Or, Predicate.Not, Predicate.Raw, Predicate.Related, Predicate.Contains {

    /**
     * Visits this predicate: the one exhaustive way to take a predicate apart. A new kind of predicate
     * adds a method here, so every traversal that does not handle it stops compiling.
     */
    <R> R accept(Visitor<R> visitor);

    /**
     * One method per kind of predicate.
     *
     * @param <R> what the visit returns
     */
    interface Visitor<R> {
        /** A comparison. */
        R compare(Compare p);

        /** An IN list. */
        R in(In p);

        /** A null test. */
        R isNull(IsNull p);

        /** A pattern match. */
        R like(Like p);

        /** A range. */
        R between(Between p);

        /** A conjunction. */
        R and(And p);

        /** A disjunction. */
        R or(Or p);

        /** A negation. */
        R not(Not p);

        /** Raw SQL. */
        R raw(Raw p);

        /** A condition on related records, by relation path. */
        R related(Related p);

        /** An element of a JSON list. */
        R contains(Contains p);
    }

    /** Comparison operators. */
    enum Operator {
        /** Equal. */ EQ("="),
        /** Not equal (null values never match). */ NE("<>"),
        /** Less than. */ LT("<"),
        /** Less than or equal. */ LE("<="),
        /** Greater than. */ GT(">"),
        /** Greater than or equal. */ GE(">=");

        private final String symbol;

        Operator(String symbol) {
            this.symbol = symbol;
        }

        /** The SQL symbol of the operator. */
        public String symbol() {
            return symbol;
        }
    }

    /** {@code field op value}; a null value is rejected: use {@link IsNull}. */
    record Compare(String field, Operator operator, Object value) implements Predicate {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.compare(this);
        }

        /** Validates the parts. */
        public Compare {
            ArgumentException.requireNonNull(field, "A comparison", "field name", "name the field to compare");
            ArgumentException.requireNonNull(operator, "A comparison on '" + field + "'", "operator", "use Where.eq, lt, ...");
            if (value == null) {
                throw new ArgumentException("A comparison on '" + field + "' got a null value: use "
                        + (operator == Operator.NE ? "Where.isNotNull(\"" + field + "\")" : "Where.isNull(\"" + field + "\")")
                        + " to compare with null");
            }
        }
    }

    /** {@code field IN (values)}, or NOT IN when negated; an empty list matches nothing (NOT IN: everything). */
    record In(String field, List<?> values, boolean negated) implements Predicate {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.in(this);
        }

        /** Copies the values. */
        public In {
            ArgumentException.requireNonNull(field, "Where.in", "field name", "name the field to compare");
            ArgumentException.requireNonNull(values, "Where.in on '" + field + "'", "list of values",
                    "pass the values (an empty list matches nothing)");
            for (Object v : values) {
                if (v == null) {
                    throw new ArgumentException("Where.in on '" + field + "' got a null among its values: remove it and"
                            + " combine with Where.or(..., Where.isNull(\"" + field + "\")) to match nulls too");
                }
            }
            values = List.copyOf(values);
        }
    }

    /** {@code field IS NULL}, or IS NOT NULL when negated. */
    record IsNull(String field, boolean negated) implements Predicate {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.isNull(this);
        }

        /** Validates the field. */
        public IsNull {
            ArgumentException.requireNonNull(field, "Where.isNull", "field name", "name the field to test");
        }
    }

    /**
     * A case-sensitive pattern match on every backend: {@code %} matches any run of characters,
     * {@code _} any one character, and {@code \} escapes the next character.
     */
    record Like(String field, String pattern, boolean ignoreCase) implements Predicate {
        /** A case-sensitive match. */
        public Like(String field, String pattern) {
            this(field, pattern, false);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.like(this);
        }

        /** Validates the parts. */
        public Like {
            ArgumentException.requireNonNull(field, "Where.like", "field name", "name the field to match");
            ArgumentException.requireNonNull(pattern, "Where.like on '" + field + "'", "pattern",
                    "use Where.isNull(\"" + field + "\") to match nulls");
        }
    }

    /**
     * A JSON list (a {@code @Json} list field, or a path to a list inside a JSON document) holds an element equal to
     * {@code element}: a String, a number (by value) or a Boolean.
     */
    record Contains(String field, Object element) implements Predicate {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.contains(this);
        }

        /** Validates the parts. */
        public Contains {
            ArgumentException.requireNonNull(field, "Where.contains", "field name", "name the JSON list field");
            ArgumentException.requireNonNull(element, "Where.contains on '" + field + "'", "element",
                    "pass the element to look for (a String, number or Boolean)");
        }
    }

    /** {@code low <= field <= high}. */
    record Between(String field, Object low, Object high) implements Predicate {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.between(this);
        }

        /** Validates the parts. */
        public Between {
            ArgumentException.requireNonNull(field, "Where.between", "field name", "name the field to compare");
            ArgumentException.requireNonNull(low, "Where.between on '" + field + "'", "low bound",
                    "use Where.le(\"" + field + "\", high) for no lower bound");
            ArgumentException.requireNonNull(high, "Where.between on '" + field + "'", "high bound",
                    "use Where.ge(\"" + field + "\", low) for no upper bound");
        }
    }

    /** All of the parts; empty matches everything. */
    record And(List<Predicate> parts) implements Predicate {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.and(this);
        }

        /** Copies the parts. */
        public And {
            parts = copyParts("Where.and", parts);
        }
    }

    /** Any of the parts; empty matches nothing. */
    record Or(List<Predicate> parts) implements Predicate {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.or(this);
        }

        /** Copies the parts. */
        public Or {
            parts = copyParts("Where.or", parts);
        }
    }

    /** The negation of a predicate. */
    record Not(Predicate part) implements Predicate {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.not(this);
        }

        /** Validates the part. */
        public Not {
            ArgumentException.requireNonNull(part, "Where.not", "condition", "pass the condition to negate");
        }
    }

    /** Raw SQL with {@code ?} placeholders; only on backends with the RAW_SQL capability. */
    record Raw(String sql, List<Object> parameters) implements Predicate {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.raw(this);
        }

        /** Copies the parameters (nulls allowed). */
        public Raw {
            ArgumentException.requireNonNull(sql, "whereRaw", "SQL text", "pass the condition's SQL");
            parameters = Collections.unmodifiableList(new ArrayList<>(parameters));
        }
    }

    /**
     * Whether a record has (or, negated, has no) related records on a relation path such as {@code "posts"} or
     * {@code "posts.comments"}, optionally only those matching a condition on the path's last model. Written with
     * {@link Where#has} and {@link Where#hasNo}; ar4j resolves it into a subquery ({@code org.ar4j.spi.Filter.Exists}).
     *
     * @param path      relation names joined by dots, or null when {@code relation} is given
     * @param relation    a relation constant, or null when {@code path} is given
     * @param condition a condition on the last model's fields, or null
     * @param negated   whether no related record may match
     */
    record Related(String path, RelationPath<?> relation, Predicate condition, boolean negated) implements Predicate {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.related(this);
        }

        /** Checks that exactly one of path and relation is given. */
        public Related {
            if (relation == null) {
                ArgumentException.requireNonNull(path, "Where.has", "relation path",
                        "name a relation, such as \"posts\"");
            } else if (path != null) {
                throw new ArgumentException("Where.has got both a path and a relation constant: give one");
            }
        }

        /** The path, or the relation constant's description when it was given as a constant. */
        public String describe() {
            return path != null ? path : relation.toString();
        }
    }

    /** The parts of an and/or, copied; a null list or part is refused naming the method. */
    private static List<Predicate> copyParts(String method, List<Predicate> parts) {
        ArgumentException.requireNonNull(parts, method, "list of conditions", "pass the conditions");
        for (Predicate p : parts) {
            ArgumentException.requireNonNull(p, method, "condition among its parts", "remove it");
        }
        return List.copyOf(parts);
    }
}
