package org.ar4j.core.internal.session;

import java.util.Arrays;

import org.ar4j.relation.RelationCache;

/**
 * The relation values cached on one record: keys and entries interleaved in one array, scanned
 * linearly (a model has a handful of relations), with load times kept only once a relation with a
 * ttl is stored. Keys are the single {@link RelationCache.RelationKey} instance of each relation,
 * compared by identity. Synchronized: records are not thread-safe, but a cache must be.
 */
final class RelationSlots {
    /** A cached null (a BelongsTo without a target), told apart from nothing cached. */
    private static final Object NULL = new Object();

    /** key0, value0, key1, value1, ... (values bare: no entry object per cached relation) */
    private Object[] slots = new Object[2];
    /** Load times by slot index, or null while no ttl relation was stored. */
    private long[] loadedAt;
    private int size;

    private int indexOf(RelationCache.RelationKey key) {
        for (int i = 0; i < size; i++) {
            if (slots[2 * i] == key) {
                return i;
            }
        }
        return -1;
    }

    /** The entry, or null when absent or loaded before {@code notBefore}. */
    synchronized RelationCache.Entry get(RelationCache.RelationKey key, long notBefore) {
        int i = indexOf(key);
        if (i < 0) {
            return null;
        }
        if (loadedAt != null && loadedAt[i] < notBefore) {
            removeAt(i);
            return null;
        }
        Object v = slots[2 * i + 1];
        return new RelationCache.Entry(v == NULL ? null : v);
    }

    synchronized void put(RelationCache.RelationKey key, Object value, long at) {
        int i = indexOf(key);
        if (i < 0) {
            if (2 * size == slots.length) {
                slots = Arrays.copyOf(slots, slots.length * 2);
                if (loadedAt != null) {
                    loadedAt = Arrays.copyOf(loadedAt, slots.length / 2);
                }
            }
            i = size++;
            slots[2 * i] = key;
        }
        slots[2 * i + 1] = value == null ? NULL : value;
        if (at != 0L && loadedAt == null) {
            loadedAt = new long[slots.length / 2];
        }
        if (loadedAt != null) {
            loadedAt[i] = at;
        }
    }

    synchronized void remove(RelationCache.RelationKey key) {
        int i = indexOf(key);
        if (i >= 0) {
            removeAt(i);
        }
    }

    private void removeAt(int i) {
        int last = --size;
        slots[2 * i] = slots[2 * last];
        slots[2 * i + 1] = slots[2 * last + 1];
        if (loadedAt != null) {
            loadedAt[i] = loadedAt[last];
        }
        slots[2 * last] = null;
        slots[2 * last + 1] = null;
    }

    synchronized void clear() {
        Arrays.fill(slots, null);
        size = 0;
    }
}
