package org.ar4j.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.ar4j.ArgumentException;

/**
 * Factory of {@link Predicate}s. Statically import its methods:
 * {@code where(and(eq("status", "open"), gt("score", 10)))}.
 */
public final class Where {
    private Where() {
    }

    /** {@code field = value}. */
    public static Predicate eq(String field, Object value) {
        return new Predicate.Compare(field, Predicate.Operator.EQ, value);
    }

    /** {@code field <> value}; records whose field is null do not match. */
    public static Predicate ne(String field, Object value) {
        return new Predicate.Compare(field, Predicate.Operator.NE, value);
    }

    /** {@code field < value}. */
    public static Predicate lt(String field, Object value) {
        return new Predicate.Compare(field, Predicate.Operator.LT, value);
    }

    /** {@code field <= value}. */
    public static Predicate le(String field, Object value) {
        return new Predicate.Compare(field, Predicate.Operator.LE, value);
    }

    /** {@code field > value}. */
    public static Predicate gt(String field, Object value) {
        return new Predicate.Compare(field, Predicate.Operator.GT, value);
    }

    /** {@code field >= value}. */
    public static Predicate ge(String field, Object value) {
        return new Predicate.Compare(field, Predicate.Operator.GE, value);
    }

    /** {@code field IN (values)}. */
    public static Predicate in(String field, Collection<?> values) {
        return new Predicate.In(field, values == null ? null : new ArrayList<>(values), false);
    }

    /** {@code field IN (values)}. */
    public static Predicate in(String field, Object... values) {
        return new Predicate.In(field, values == null ? null : Arrays.asList(values), false);
    }

    /** {@code field NOT IN (values)}; records whose field is null do not match. */
    public static Predicate notIn(String field, Collection<?> values) {
        return new Predicate.In(field, values == null ? null : new ArrayList<>(values), true);
    }

    /** {@code field NOT IN (values)}. */
    public static Predicate notIn(String field, Object... values) {
        return new Predicate.In(field, values == null ? null : Arrays.asList(values), true);
    }

    /** {@code field IS NULL}. */
    public static Predicate isNull(String field) {
        return new Predicate.IsNull(field, false);
    }

    /** {@code field IS NOT NULL}. */
    public static Predicate isNotNull(String field) {
        return new Predicate.IsNull(field, true);
    }

    /**
     * {@link #like} with ASCII letters matching in either case (A-Z with a-z); every other character, accented
     * letters included, matches only itself. Unicode case folding differs between databases (and by locale), so it is
     * not applied: the same rows on every backend.
     */
    public static Predicate ilike(String field, String pattern) {
        return new Predicate.Like(field, pattern, true);
    }

    /**
     * The field equals {@code text} with ASCII letters in either case ({@code "ALICE"} matches {@code "alice"}); every
     * other character, accented letters included, must be the same. The same rows on every backend.
     */
    public static Predicate equalsIgnoreCase(String field, String text) {
        ArgumentException.requireNonNull(text, "Where.equalsIgnoreCase", "text", "use Where.isNull(\"" + field
                + "\") to match nulls");
        return new Predicate.Like(field, escapeLike(text), true);
    }

    /** A case-sensitive pattern match; see {@link Predicate.Like}. */
    public static Predicate like(String field, String pattern) {
        return new Predicate.Like(field, pattern);
    }

    /**
     * A JSON list holds the element: {@code contains("tags", "sale")} on a {@code @Json List<String> tags}, or on a
     * path to a list inside a document ({@code contains("specs.sizes", 38)}). Elements compare as JSON values do in
     * path conditions: strings exactly, numbers by value, booleans.
     */
    public static Predicate contains(String field, Object element) {
        return new Predicate.Contains(field, element);
    }

    /** A JSON list holds at least one of the elements (an {@code or} of {@link #contains}; none: no record). */
    public static Predicate containsAny(String field, Collection<?> elements) {
        ArgumentException.requireNonNull(elements, "Where.containsAny on '" + field + "'", "elements",
                "pass the elements to look for");
        List<Predicate> parts = new java.util.ArrayList<>(elements.size());
        for (Object e : elements) {
            parts.add(new Predicate.Contains(field, e));
        }
        return new Predicate.Or(parts);   // none: an empty or, which no record matches
    }

    /** {@code low <= field <= high}. */
    public static Predicate between(String field, Object low, Object high) {
        return new Predicate.Between(field, low, high);
    }

    /**
     * Records with at least one related record on a relation path: {@code has("posts")},
     * {@code has("posts.comments")}. SQL backends test it with a correlated EXISTS; MongoDB reads the related
     * keys first (one more command per path level). The relation's own condition applies.
     */
    public static Predicate has(String relationPath) {
        return new Predicate.Related(relationPath, null, null, false);
    }

    /** Records with at least one related record that matches a condition on the path's last model. */
    public static Predicate has(String relationPath, Predicate condition) {
        return new Predicate.Related(relationPath, null, ArgumentException.requireNonNull(condition, "Where.has",
                "condition", "use Where.has(path) for any related record"), false);
    }

    /** Records without any related record on a relation path. */
    public static Predicate hasNo(String relationPath) {
        return new Predicate.Related(relationPath, null, null, true);
    }

    /** Records without any related record that matches a condition on the path's last model. */
    public static Predicate hasNo(String relationPath, Predicate condition) {
        return new Predicate.Related(relationPath, null, ArgumentException.requireNonNull(condition, "Where.has",
                "condition", "use Where.has(path) for any related record"), true);
    }

    /** Records with at least one related record on a relation constant: {@code has(Writer.BOOKS)}. */
    public static Predicate has(RelationPath<?> relation) {
        return new Predicate.Related(null, requireRelation(relation), null, false);
    }

    /** Records with at least one related record, on a relation constant, that matches a condition. */
    public static <R extends org.ar4j.ActiveRecord<R>> Predicate has(RelationPath<R> relation, Predicate condition) {
        return new Predicate.Related(null, requireRelation(relation), ArgumentException.requireNonNull(condition,
                "Where.has", "condition", "use Where.has(relation) for any related record"), false);
    }

    /** Records without any related record on a relation constant. */
    public static Predicate hasNo(RelationPath<?> relation) {
        return new Predicate.Related(null, requireRelation(relation), null, true);
    }

    /** Records without any related record, on a relation constant, that matches a condition. */
    public static <R extends org.ar4j.ActiveRecord<R>> Predicate hasNo(RelationPath<R> relation, Predicate condition) {
        return new Predicate.Related(null, requireRelation(relation), ArgumentException.requireNonNull(condition,
                "Where.hasNo", "condition", "use Where.hasNo(relation) for no related record"), true);
    }

    private static RelationPath<?> requireRelation(RelationPath<?> relation) {
        return ArgumentException.requireNonNull(relation, "Where.has", "relation", "pass a relation constant");
    }

    /** All of the predicates. */
    public static Predicate and(Predicate... parts) {
        return new Predicate.And(parts == null ? null : Arrays.asList(parts));
    }

    /** Any of the predicates. */
    public static Predicate or(Predicate... parts) {
        return new Predicate.Or(parts == null ? null : Arrays.asList(parts));
    }

    /** The negation of a predicate. */
    public static Predicate not(Predicate part) {
        return new Predicate.Not(part);
    }

    /** Escapes {@code %}, {@code _} and {@code \} so a user string matches literally inside a LIKE pattern. */
    public static String escapeLike(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' || c == '_' || c == '\\') {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }
}
