package org.ar4j.core.internal.query;

import java.util.Arrays;
import java.util.List;

import org.ar4j.ArgumentException;
import org.ar4j.query.Selectable;
import org.ar4j.query.Tuple;

/** One projection row as a tuple. */
final class TupleImpl implements Tuple {
    private final List<Selectable<?>> items;
    private final Object[] values;

    TupleImpl(List<Selectable<?>> items, Object[] values) {
        this.items = items;
        this.values = values;
    }

    @Override
    public int size() {
        return values.length;
    }

    @Override
    public Object get(int index) {
        if (index < 0 || index >= values.length) {
            throw new ArgumentException("Tuple.get(" + index + "): the projection selected " + values.length
                    + " values, at positions 0 to " + (values.length - 1));
        }
        return values[index];
    }

    @Override
    public <V> V get(Selectable<V> selected) {
        int at = items.indexOf(selected);
        if (at < 0) {
            throw new ArgumentException("Tuple.get(" + selected + "): not selected; the projection selected " + items);
        }
        return selected.type().cast(values[at]);
    }

    @Override
    public String toString() {
        return Arrays.toString(values);
    }
}
