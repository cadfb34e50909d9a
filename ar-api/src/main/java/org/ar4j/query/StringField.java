package org.ar4j.query;

/**
 * A string field: adds pattern matches.
 *
 * @param <M> the model that declares the field
 */
public final class StringField<M> extends ComparableField<M, String> {

    StringField(Class<M> model, String name) {
        super(model, name, String.class);
    }


    /** A pattern match with ASCII letters in either case; see {@link Where#ilike}. */
    public Predicate ilike(String pattern) {
        return Where.ilike(name(), pattern);
    }

    /** The field equals {@code text} with ASCII letters in either case; see {@link Where#equalsIgnoreCase}. */
    public Predicate equalsIgnoreCase(String text) {
        return Where.equalsIgnoreCase(name(), text);
    }

    /** A case-sensitive pattern match ({@code %} any run, {@code _} one character); see {@link Predicate.Like}. */
    public Predicate like(String pattern) {
        return Where.like(name(), pattern);
    }

    /** Values that start with a text, matched literally (no wildcards in {@code prefix}). */
    public Predicate startsWith(String prefix) {
        return Where.like(name(), Where.escapeLike(prefix) + "%");
    }

    /** Values that contain a text, matched literally. */
    public Predicate contains(String text) {
        return Where.like(name(), "%" + Where.escapeLike(text) + "%");
    }
}
