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
