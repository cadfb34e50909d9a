package org.ar4j.query;

/**
 * What a projection can select: a model's own {@link Field}, or a field one BelongsTo step away
 * ({@link RelatedField}, from {@code Book_.writer.then(Writer_.name)}).
 *
 * @param <V> the Java type of the selected value
 */
public interface Selectable<V> {

    /** The Java type of the selected value. */
    Class<V> type();

    /** The name a record component matches when a projection maps by name. */
    String name();
}
