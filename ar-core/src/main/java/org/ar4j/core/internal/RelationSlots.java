package org.ar4j.core.internal;

import java.util.Arrays;

import org.ar4j.relation.RelationCache;

/**
 * The relation values cached on one record: a few parallel arrays scanned linearly (a model has a
 * handful of relations). Keys are the single {@link RelationCache.RelationKey} instance of each
 * relation, compared by identity. Synchronized: records are not thread-safe, but a cache must be.
 */
final class RelationSlots {
    private RelationCache.RelationKey[] keys = new RelationCache.RelationKey[2];
    private RelationCache.Entry[] entries = new RelationCache.Entry[2];
    private long[] loadedAt = new long[2];
    private int size;

    private int indexOf(RelationCache.RelationKey key) {
        for (int i = 0; i < size; i++) {
            if (keys[i] == key) {
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
        if (loadedAt[i] < notBefore) {
            removeAt(i);
            return null;
        }
        return entries[i];
    }

    synchronized void put(RelationCache.RelationKey key, RelationCache.Entry entry, long at) {
        int i = indexOf(key);
        if (i < 0) {
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, size * 2);
                entries = Arrays.copyOf(entries, size * 2);
                loadedAt = Arrays.copyOf(loadedAt, size * 2);
            }
            i = size++;
            keys[i] = key;
        }
        entries[i] = entry;
        loadedAt[i] = at;
    }

    synchronized void remove(RelationCache.RelationKey key) {
        int i = indexOf(key);
        if (i >= 0) {
            removeAt(i);
        }
    }

    private void removeAt(int i) {
        int last = --size;
        keys[i] = keys[last];
        entries[i] = entries[last];
        loadedAt[i] = loadedAt[last];
        keys[last] = null;
        entries[last] = null;
    }

    synchronized void clear() {
        Arrays.fill(keys, 0, size, null);
        Arrays.fill(entries, 0, size, null);
        size = 0;
    }
}
