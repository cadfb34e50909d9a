package org.ar4j.spi;

import org.ar4j.Capability;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import org.ar4j.query.Predicate;

/**
 * A condition as a backend receives it: on columns, with values already converted to each column's canonical Java
 * type ({@link ColumnType}), relation conditions already turned into {@link Exists}; comparisons use the same
 * {@link Predicate.Operator}s as user conditions. Applications never build one:
 * they write {@link org.ar4j.query.Predicate}s on field names, which ar4j translates once, when a query is built.
 * Filters are immutable values.
 */
public sealed interface Filter
        permits Filter.Compare, Filter.In, Filter.IsNull, Filter.Like, Filter.Between, Filter.And, Filter.Or,
        Filter.Not, Filter.Raw, Filter.Exists, Filter.Json {

    /**
     * Visits this filter: the one exhaustive way to take a filter apart. A new kind of filter adds a method here,
     * so every backend's translation that does not handle it stops compiling.
     */
    <R> R accept(Visitor<R> visitor);

    /**
     * One method per kind of filter.
     *
     * @param <R> what the visit returns
     */
    interface Visitor<R> {
        /** A comparison. */
        R compare(Compare f);

        /** An IN list. */
        R in(In f);

        /** A null test. */
        R isNull(IsNull f);

        /** A pattern match (ar4j's portable LIKE: case-sensitive, backslash escapes). */
        R like(Like f);

        /** A range, both ends included. */
        R between(Between f);

        /** A conjunction. */
        R and(And f);

        /** A disjunction. */
        R or(Or f);

        /** A negation. */
        R not(Not f);

        /** Raw SQL (only for backends with {@link Capability#RAW_SQL}). */
        R raw(Raw f);

        /** A condition on the rows of another table that refer to (or are referred to by) this one. */
        R exists(Exists f);

        /** A condition on a value inside a JSON column (only for backends with {@link Capability#JSON_PATHS}). */
        R json(Json f);
    }

    /**
     * A test of the value at a path inside a JSON column. Comparisons match only a value of the operand's kind (a
     * string compared by code point, a number by value, a boolean), never a missing value, JSON null, an object or an
     * array; {@code IS_NULL} matches a missing value or JSON null; {@code CONTAINS} matches an array with an element
     * equal to the operand.
     *
     * @param column the JSON column
     * @param path   object keys (String) and array indexes (Integer) from the document's root; empty for the root
     * @param test   what is tested
     * @param value  the operand: a String, a BigDecimal or a Boolean; null for the null tests
     */
    record Json(String column, List<Object> path, Test test, Object value) implements Filter {
        /** What a JSON condition tests. */
        public enum Test {
            /** Equal. */ EQ,
            /** Of the operand's kind and not equal. */ NE,
            /** Less than. */ LT,
            /** Less than or equal. */ LE,
            /** Greater than. */ GT,
            /** Greater than or equal. */ GE,
            /** Missing or JSON null. */ IS_NULL,
            /** Present and not JSON null. */ IS_NOT_NULL,
            /** An array holding an element equal to the operand. */ CONTAINS
        }

        /** Validates and copies the parts. */
        public Json {
            Objects.requireNonNull(column, "column");
            Objects.requireNonNull(test, "test");
            path = List.copyOf(path);
            if ((value == null) != (test == Test.IS_NULL || test == Test.IS_NOT_NULL)) {
                throw new IllegalArgumentException("a JSON " + test + " test " + (value == null ? "needs" : "takes no")
                        + " operand");
            }
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.json(this);
        }
    }

    /**
     * {@code column op value}.
     *
     * @param column   the column
     * @param operator the operator
     * @param value    the value, never null (null tests are {@link IsNull}); a {@link ColumnRef} compares two columns
     */
    record Compare(String column, Predicate.Operator operator, Object value) implements Filter {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.compare(this);
        }

        /** Checks the parts. */
        public Compare {
            Objects.requireNonNull(column, "column");
            Objects.requireNonNull(operator, "operator");
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * {@code column [NOT] IN (values)}; an empty list matches nothing (negated: everything).
     *
     * @param column  the column
     * @param values  the values, none null
     * @param negated NOT IN
     */
    record In(String column, List<?> values, boolean negated) implements Filter {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.in(this);
        }

        /** Copies the values. */
        public In {
            Objects.requireNonNull(column, "column");
            values = Collections.unmodifiableList(new ArrayList<>(values));
        }
    }

    /**
     * {@code column IS [NOT] NULL}.
     *
     * @param column  the column
     * @param negated IS NOT NULL
     */
    record IsNull(String column, boolean negated) implements Filter {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.isNull(this);
        }

        /** Checks the column. */
        public IsNull {
            Objects.requireNonNull(column, "column");
        }
    }

    /**
     * {@code column LIKE pattern}; with {@code ignoreCase}, ASCII letters match either case (A-Z and a-z fold
     * together; every other character, accented or not, matches only itself, as on every backend).
     *
     * @param column     the column
     * @param pattern    the pattern ({@code %}, {@code _}, backslash escapes)
     * @param ignoreCase whether ASCII letters match either case
     */
    record Like(String column, String pattern, boolean ignoreCase) implements Filter {
        /** A case-sensitive match. */
        public Like(String column, String pattern) {
            this(column, pattern, false);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.like(this);
        }

        /** Checks the parts. */
        public Like {
            Objects.requireNonNull(column, "column");
            Objects.requireNonNull(pattern, "pattern");
        }
    }

    /**
     * {@code column BETWEEN low AND high}.
     *
     * @param column the column
     * @param low    the lower end, included
     * @param high   the upper end, included
     */
    record Between(String column, Object low, Object high) implements Filter {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.between(this);
        }

        /** Checks the parts. */
        public Between {
            Objects.requireNonNull(column, "column");
            Objects.requireNonNull(low, "low");
            Objects.requireNonNull(high, "high");
        }
    }

    /**
     * All parts hold.
     *
     * @param parts the parts
     */
    record And(List<Filter> parts) implements Filter {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.and(this);
        }

        /** Copies the parts. */
        public And {
            parts = List.copyOf(parts);
        }
    }

    /**
     * Some part holds.
     *
     * @param parts the parts
     */
    record Or(List<Filter> parts) implements Filter {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.or(this);
        }

        /** Copies the parts. */
        public Or {
            parts = List.copyOf(parts);
        }
    }

    /**
     * The part does not hold (UNKNOWN stays UNKNOWN).
     *
     * @param part the part
     */
    record Not(Filter part) implements Filter {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.not(this);
        }

        /** Checks the part. */
        public Not {
            Objects.requireNonNull(part, "part");
        }
    }

    /**
     * Raw SQL with {@code ?} placeholders.
     *
     * @param sql        the SQL
     * @param parameters its values, in order
     */
    record Raw(String sql, List<Object> parameters) implements Filter {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.raw(this);
        }

        /** Copies the parameters (which may hold nulls). */
        public Raw {
            Objects.requireNonNull(sql, "sql");
            parameters = Collections.unmodifiableList(new ArrayList<>(parameters));
        }
    }

    /**
     * A row of another table whose {@code column} equals this row's {@code outerColumn} and that passes
     * {@code where} exists (negated: none does).
     *
     * @param table       the other table
     * @param column      its column compared with this row's
     * @param outerColumn this table's column
     * @param where       the condition on the other table's rows, or null
     * @param negated     NOT EXISTS
     */
    record Exists(TableSpec table, String column, String outerColumn, Filter where, boolean negated) implements Filter {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.exists(this);
        }

        /** Checks the parts. */
        public Exists {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(column, "column");
            Objects.requireNonNull(outerColumn, "outerColumn");
        }
    }
}
