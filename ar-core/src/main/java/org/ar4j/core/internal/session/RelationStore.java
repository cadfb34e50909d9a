package org.ar4j.core.internal.session;

import org.ar4j.ActiveRecord;
import org.ar4j.cache.RelationCache;
import org.ar4j.cache.RelationCache.RelationKey;

/**
 * Every rule about the relation values (and per-owner aggregates) a record holds, and the only code that reads or
 * writes them ({@link RecordState#relations}). A record holds nothing (null), or {@link RelationSlots} (a few inline
 * slots, then an array), or, as the one compact case, its owner bare: a child read by a HasMany load whose
 * {@link Origin} names the inverse relation ({@link #bareLinks}) holds that owner without an object of its own (40
 * bytes less per child than slots; a {@code Linked(key, owner)} record instead cost the paired graph read 7 % more
 * bytes), which behaves exactly as a cached entry because only relations without ttl or size bound are linked bare.
 * Any write, or a new origin, turns a bare link into a slot first.
 */
public final class RelationStore {
    /** What {@link #get} returns when no value is held (a held value may be null). */
    static final Object ABSENT = new Object();

    private RelationStore() {
    }

    /**
     * The relation the records of a load that links them to their owner through {@code inverse} may hold bare, for
     * their {@link Origin}: {@code inverse} in the default relation cache, for a relation without ttl or size bound;
     * else null.
     */
    public static RelationKey bareLinks(RelationCache cache, RelationKey inverse) {
        return cache instanceof DefaultRelationCache && !DefaultRelationCache.isBounded(inverse)
                && inverse.config().timeToLive().isEmpty() ? inverse : null;
    }

    /**
     * Links a record just read to its owner through {@code key} without relation slots, when its origin allows
     * it and nothing is held yet; false when the caller must put the value in the relation cache instead.
     */
    public static boolean link(RecordState st, RelationKey key, ActiveRecord<?> owner) {
        Origin o = st.origin();
        if (st.relations != null || o == null || o.linkedBy() != key) {
            return false;
        }
        st.relations = owner;
        return true;
    }

    /**
     * The value held for {@code key}, or {@link #ABSENT}; a slot written before {@code notBefore} (nanos) counts as
     * expired.
     */
    static Object get(RecordState st, RelationKey key, long notBefore) {
        Object r = st.relations;
        if (r == null) {
            return ABSENT;
        }
        if (!(r instanceof RelationSlots slots)) {
            // only relations without ttl or bound are linked bare: no expiry or usage to account for
            return st.origin().linkedBy() == key ? r : ABSENT;
        }
        return slots.get(key, notBefore);
    }

    /** Holds {@code value} for {@code key}, written at {@code nanos}. */
    static void put(RecordState st, RelationKey key, Object value, long nanos) {
        RelationSlots slots = slots(st);
        if (slots == null) {
            slots = new RelationSlots();
            st.relations = slots;
        }
        slots.put(key, value, nanos);
    }

    /** Forgets the value of {@code key}. */
    static void remove(RecordState st, RelationKey key) {
        RelationSlots slots = slots(st);
        if (slots != null) {
            slots.remove(key);
        }
    }

    /** Forgets every value. */
    static void clear(RecordState st) {
        RelationSlots slots = slots(st);
        if (slots != null) {
            slots.clear();
        }
    }

    /** The per-owner aggregates attached to the record; null when none are. */
    static java.util.Map<AggregateKey, Object> aggregates(RecordState st) {
        return st.relations instanceof RelationSlots slots ? slots.aggregates() : null;
    }

    /**
     * Attaches per-owner aggregates (null clears them). They live with the relation slots: a record a query gave
     * aggregates to is an owner, which usually caches relations too, and every other record saves the field.
     */
    static void setAggregates(RecordState st, java.util.Map<AggregateKey, Object> attached) {
        RelationSlots slots = slots(st, attached != null);
        if (slots != null) {
            slots.setAggregates(attached);
        }
    }

    /** What the record's last save wrote, as {@link #setSavedChanges} left it; null when it was never saved. */
    public static Object savedChanges(RecordState st) {
        return st.relations instanceof RelationSlots slots ? slots.savedChanges() : null;
    }

    /**
     * Keeps what a save wrote (null forgets it). It lives with the relation slots' rarely set parts, so a record
     * that is never saved pays nothing for it.
     */
    public static void setSavedChanges(RecordState st, Object changes) {
        RelationSlots slots = slots(st, changes != null);
        if (slots != null) {
            slots.setSavedChanges(changes);
        }
    }

    /** Before the record's origin becomes {@code next}: a bare link the old origin named becomes a slot. */
    static void originChanging(RecordState st, Origin next) {
        Origin now = st.origin();
        if (st.relations != null && !(st.relations instanceof RelationSlots) && now != next
                && (next == null || next.linkedBy() != now.linkedBy())) {
            slots(st);
        }
    }

    /** The record's slots, made when it has none and {@code make}; null when it holds none and none is made. */
    private static RelationSlots slots(RecordState st, boolean make) {
        RelationSlots slots = slots(st);
        if (slots == null && make) {
            slots = new RelationSlots();
            st.relations = slots;
        }
        return slots;
    }

    /** The record's slots, a bare link first turned into one; null when it holds nothing. */
    private static RelationSlots slots(RecordState st) {
        Object r = st.relations;
        if (r == null || r instanceof RelationSlots) {
            return (RelationSlots) r;
        }
        RelationSlots slots = new RelationSlots();
        slots.put(st.origin().linkedBy(), r, 0L);
        st.relations = slots;
        return slots;
    }
}
