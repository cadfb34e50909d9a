package org.ar4j.core.internal.session;

import org.ar4j.ActiveRecord;
import org.ar4j.cache.RelationCache;
import org.ar4j.cache.RelationCache.RelationKey;


/**
 * Every rule about the relation values (and per-owner aggregates) a record holds, and the only code that reads or
 * writes them ({@link RecordState#relations}). A record holds nothing (null), or its owner {@link Linked} through one
 * relation, or {@link RelationSlots} (a few inline slots, then an array, and the aggregates). A child read by a
 * HasMany load is linked to its owner (24 bytes instead of 40 for slots) where the inverse's cache lets a held value
 * behave exactly as a cached entry ({@link #linksBare}); any other write turns the link into a slot first.
 */
public final class RelationStore {
    /** What {@link #get} returns when no value is held (a held value may be null). */
    static final Object ABSENT = new Object();

    /** What a record holds: its owner through one relation, or slots. */
    sealed interface Held permits Linked, RelationSlots {
    }

    /**
     * A record's owner held through the inverse relation that loaded it, and nothing else.
     *
     * @param key   the relation
     * @param owner the value held for it
     */
    record Linked(RelationKey key, ActiveRecord<?> owner) implements Held {
    }

    private RelationStore() {
    }

    /**
     * Whether records a load links to their owner through {@code relation} may hold that owner as a {@link Linked}
     * value: in the default relation cache, for a relation without ttl or size bound (a link has neither).
     */
    public static boolean linksBare(RelationCache cache, RelationKey relation) {
        return cache instanceof DefaultRelationCache && !DefaultRelationCache.isBounded(relation)
                && relation.config().timeToLive().isEmpty();
    }

    /**
     * Links a record just read to its owner through {@code key} (a relation {@link #linksBare} allows) when it holds
     * nothing yet; false when the caller must put the value in the relation cache instead.
     */
    public static boolean link(RecordState st, RelationKey key, ActiveRecord<?> owner) {
        if (st.relations != null) {
            return false;
        }
        st.relations = new Linked(key, owner);
        return true;
    }

    /**
     * The value held for {@code key}, or {@link #ABSENT}; a slot written before {@code notBefore} (nanos) counts as
     * expired.
     */
    static Object get(RecordState st, RelationKey key, long notBefore) {
        Held held = st.relations;
        if (held instanceof RelationSlots slots) {
            return slots.get(key, notBefore);
        }
        // only relations without ttl or bound are linked: no expiry or usage to account for
        return held instanceof Linked l && l.key() == key ? l.owner() : ABSENT;
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
        RelationSlots slots = slots(st);
        if (slots == null) {
            if (attached == null) {
                return;
            }
            slots = new RelationSlots();
            st.relations = slots;
        }
        slots.setAggregates(attached);
    }

    /** The record's slots, a link first turned into one; null when it holds nothing. */
    private static RelationSlots slots(RecordState st) {
        Held held = st.relations;
        if (!(held instanceof Linked l)) {
            return (RelationSlots) held;
        }
        RelationSlots slots = new RelationSlots();
        slots.put(l.key(), l.owner(), 0L);
        st.relations = slots;
        return slots;
    }
}
