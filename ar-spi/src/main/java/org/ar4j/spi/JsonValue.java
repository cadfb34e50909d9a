package org.ar4j.spi;

import java.util.Objects;
import java.util.function.Function;

/**
 * The canonical value of a {@link ColumnType#JSON} column: a JSON document as text, as a plain tree, or both. A tree
 * is made of {@code Map<String, Object>} (in key order), {@code List<Object>}, {@code String}, {@code Number},
 * {@code Boolean} and {@code null}. Core gives backends both forms when writing; a backend returns the form it keeps
 * (SQL backends the text, document and in-memory backends the tree) and core reads either. Immutable.
 */
public final class JsonValue {
    private final String text;
    /** Parses the text into the tree on first use; null when there is none. */
    private final Function<String, Object> parser;
    private volatile Object tree;

    private JsonValue(String text, Object tree, Function<String, Object> parser) {
        this.text = text;
        this.tree = tree;
        this.parser = parser;
    }

    /** A document whose tree {@code parser} makes from its text when first asked for (and keeps). */
    public static JsonValue of(String text, Function<String, Object> parser) {
        return new JsonValue(Objects.requireNonNull(text, "text"), null, Objects.requireNonNull(parser, "parser"));
    }

    /** A document read as text. */
    public static JsonValue ofText(String text) {
        return new JsonValue(Objects.requireNonNull(text, "text"), null, null);
    }

    /** A document read as a plain tree. */
    public static JsonValue ofTree(Object tree) {
        return new JsonValue(null, tree == null ? NULL : tree, null);
    }

    /** Marks a tree that is JSON null, so that a tree is never absent by accident. */
    private static final Object NULL = new Object() {
        @Override
        public String toString() {
            return "null";
        }
    };

    /** The JSON text, or null when the document was read as a tree. */
    public String text() {
        return text;
    }

    /** Whether the plain tree is at hand (or made on first use). */
    public boolean hasTree() {
        return tree != null || parser != null;
    }

    /** The plain tree (null for JSON null), or null when the document was read as text. */
    public Object tree() {
        Object t = tree;
        if (t == null && parser != null) {
            Object parsed = parser.apply(text);
            t = parsed == null ? NULL : parsed;
            tree = t;
        }
        return t == NULL ? null : t;
    }

    /**
     * A JSON number of a tree as an exact decimal (a double by its shortest decimal text, as JSON writes it): how
     * numbers inside documents compare, on every backend.
     */
    public static java.math.BigDecimal decimal(Number n) {
        if (n instanceof java.math.BigDecimal b) {
            return b;
        }
        if (n instanceof java.math.BigInteger b) {
            return new java.math.BigDecimal(b);
        }
        if (n instanceof Double || n instanceof Float) {
            return new java.math.BigDecimal(n.toString());
        }
        return java.math.BigDecimal.valueOf(n.longValue());
    }

    /** Equal when both have texts that are equal or both have trees that are equal (core compares by meaning). */
    @Override
    public boolean equals(Object o) {
        if (!(o instanceof JsonValue j)) {
            return false;
        }
        if (text != null && j.text != null) {
            return text.equals(j.text);
        }
        return hasTree() && j.hasTree() && Objects.equals(tree(), j.tree());
    }

    @Override
    public int hashCode() {
        return 0; // texts and trees of one document must agree
    }

    @Override
    public String toString() {
        return text != null ? text : String.valueOf(tree());
    }
}
