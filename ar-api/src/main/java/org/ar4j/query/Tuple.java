package org.ar4j.query;

/**
 * One row of a projection read as {@link Projection#tuples()}: the selected values in selection order, as Java
 * values of the fields' types.
 */
public interface Tuple {

    /** The number of values. */
    int size();

    /** The value at a position (0-based), null when the row has none. */
    Object get(int index);

    /** The value of a selected field; an {@link org.ar4j.ArgumentException} when it was not selected. */
    <V> V get(Selectable<V> selected);
}
