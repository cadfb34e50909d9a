package org.ar4j.core.internal.session;

import java.util.Arrays;

import org.ar4j.cache.RelationCache;

/**
 * The relation values cached on one record: the first two inline (a child of an eager load caches its owner and
 * its own children), the others as keys and values interleaved in one array, scanned linearly (a model has a
 * handful of relations), with load times kept only once a relation with a ttl is stored. Keys are the single
 * {@link RelationCache.RelationKey} instance of each relation, compared by identity. Synchronized: records are
 * not thread-safe, but a cache must be.
 */
final class RelationSlots {
    /** A cached null (a BelongsTo without a target), told apart from nothing cached. */
    private static final Object NULL = new Object();

    /** The first two cached relations inline, values bare. */
    private Object key0;
    private Object value0;
    private Object key1;
    private Object value1;
    /** key2, value2, key3, value3, ...: the others, or null while there are none. */
    private Object[] more;
    private int size;
    /** What few records need (load times, aggregates); null until one of them is set, 8 bytes less per owner. */
    private Rare rare;

    /** Load times by slot index, null while no ttl relation was stored; per-owner aggregates a query attached. */
    private static final class Rare {
        long[] loadedAt;
        /** withCount...: not relation values, so {@link RelationSlots#clear} keeps them. */
        java.util.Map<AggregateKey, Object> aggregates;
        /** What the record's last save wrote ({@code savedChanges()}); kept by {@link RelationSlots#clear} too. */
        Object savedChanges;
    }

    private static final int INLINE = 2;

    synchronized java.util.Map<AggregateKey, Object> aggregates() {
        return rare == null ? null : rare.aggregates;
    }

    synchronized void setAggregates(java.util.Map<AggregateKey, Object> attached) {
        if (rare == null) {
            if (attached == null) {
                return;
            }
            rare = new Rare();
        }
        rare.aggregates = attached;
    }

    synchronized Object savedChanges() {
        return rare == null ? null : rare.savedChanges;
    }

    synchronized void setSavedChanges(Object changes) {
        if (rare == null) {
            if (changes == null) {
                return;
            }
            rare = new Rare();
        }
        rare.savedChanges = changes;
    }

    private long[] loadedAt() {
        return rare == null ? null : rare.loadedAt;
    }

    private Object keyAt(int i) {
        return i == 0 ? key0 : i == 1 ? key1 : more[2 * (i - INLINE)];
    }

    private Object valueAt(int i) {
        return i == 0 ? value0 : i == 1 ? value1 : more[2 * (i - INLINE) + 1];
    }

    private void setAt(int i, Object key, Object value) {
        if (i == 0) {
            key0 = key;
            value0 = value;
        } else if (i == 1) {
            key1 = key;
            value1 = value;
        } else {
            more[2 * (i - INLINE)] = key;
            more[2 * (i - INLINE) + 1] = value;
        }
    }

    private int indexOf(RelationCache.RelationKey key) {
        for (int i = 0; i < size; i++) {
            if (keyAt(i) == key) {
                return i;
            }
        }
        return -1;
    }

    /** The value, or {@link RelationStore#ABSENT} when none is held or it was loaded before {@code notBefore}. */
    synchronized Object get(RelationCache.RelationKey key, long notBefore) {
        int i = indexOf(key);
        if (i < 0) {
            return RelationStore.ABSENT;
        }
        long[] loadedAt = loadedAt();
        if (loadedAt != null && loadedAt[i] < notBefore) {
            removeAt(i);
            return RelationStore.ABSENT;
        }
        Object v = valueAt(i);
        return v == NULL ? null : v;
    }

    synchronized void put(RelationCache.RelationKey key, Object value, long at) {
        int i = indexOf(key);
        long[] loadedAt = loadedAt();
        if (i < 0) {
            i = size++;
            if (i >= INLINE && (more == null || 2 * (i - INLINE) + 2 > more.length)) {
                more = more == null ? new Object[2] : Arrays.copyOf(more, more.length * 2);
            }
            if (loadedAt != null && loadedAt.length < size) {
                loadedAt = Arrays.copyOf(loadedAt, size * 2);
                rare.loadedAt = loadedAt;
            }
        }
        setAt(i, key, value == null ? NULL : value);
        if (at != 0L && loadedAt == null) {
            if (rare == null) {
                rare = new Rare();
            }
            loadedAt = new long[Math.max(2, size)];
            rare.loadedAt = loadedAt;
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
        setAt(i, keyAt(last), valueAt(last));
        long[] loadedAt = loadedAt();
        if (loadedAt != null) {
            loadedAt[i] = loadedAt[last];
        }
        setAt(last, null, null);
    }

    synchronized void clear() {
        key0 = null;
        value0 = null;
        key1 = null;
        value1 = null;
        if (more != null) {
            Arrays.fill(more, null);
        }
        size = 0;
    }
}
