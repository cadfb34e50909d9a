package org.ar4j.core.internal.load;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.RandomAccess;

import org.ar4j.ActiveRecord;

/**
 * One owner's children as its relation value: filled while the rows are read, then read-only (the list a
 * {@code HasMany.get} returns; changing it throws). One object and one array per owner, no wrapper.
 */
final class Children extends AbstractList<ActiveRecord<?>> implements RandomAccess {
    /** The owner the children belong to (for the inverse link), or null when not known. */
    final ActiveRecord<?> owner;
    private static final ActiveRecord<?>[] EMPTY = {};
    /** Empty until the first child (an owner without children costs no array); then room for ten, as ArrayList. */
    private ActiveRecord<?>[] items = EMPTY;
    private int size;

    Children(ActiveRecord<?> owner) {
        this.owner = owner;
    }

    void append(ActiveRecord<?> child) {
        if (size == items.length) {
            items = Arrays.copyOf(items, size == 0 ? 10 : size + (size >> 1));
        }
        items[size++] = child;
    }

    ActiveRecord<?> last() {
        return items[size - 1];
    }

    @Override
    public ActiveRecord<?> get(int index) {
        if (index >= size) {
            throw new IndexOutOfBoundsException("Index " + index + " out of bounds for length " + size);
        }
        return items[index];
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public void sort(Comparator<? super ActiveRecord<?>> order) {
        Arrays.sort(items, 0, size, order);
        modCount++;
    }
}
