package org.ar4j.core.internal.session;

import java.util.List;
import java.util.Map;

import org.ar4j.ActiveRecord;
import org.ar4j.LoadMode;
import org.ar4j.core.internal.meta.FieldInfo;
import org.ar4j.core.internal.meta.ModelInfo;
import org.ar4j.relation.RelationCache;

/**
 * What ar4j keeps on each record, in one array per record (issue 18: one object instead of a state object
 * plus a snapshot array): {@code [origin, relation slots, aggregates, value 0, value 1, ...]}. The origin
 * ({@link Origin}, shared by the records one query read) says where the record lives, whether its row exists,
 * its load mode and peers; the values are the canonical field values as last loaded or saved (the
 * dirty-tracking snapshot), meaningful only while the record is persisted. Not thread-safe, but the relation
 * slots, which a cache reads from any thread, are.
 */
public final class RecordState {
    private static final int ORIGIN = 0;
    private static final int RELATIONS = 1;
    private static final int AGGREGATES = 2;
    private static final int VALUES = 3;

    private RecordState() {
    }

    /** The state of a record with {@code fields} fields that was never written: no origin, no values. */
    static Object[] fresh(int fields) {
        return new Object[VALUES + fields];
    }

    /** The state of a record just read: its origin and the values read, by field index. */
    static Object[] read(Origin origin, int fields) {
        Object[] st = new Object[VALUES + fields];
        st[ORIGIN] = origin;
        return st;
    }

    /** Sets the loaded value of field {@code index} of a state being read. */
    static void setValue(Object[] st, int index, Object value) {
        st[VALUES + index] = value;
    }

    /** Where the record came from; null for a record never written. */
    public static Origin origin(Object[] st) {
        return (Origin) st[ORIGIN];
    }

    static void setOrigin(Object[] st, Origin origin) {
        replaceOrigin(st, origin);
    }

    /** The database the record was loaded from or written to; null for a record never written. */
    public static Session db(Object[] st) {
        Origin o = origin(st);
        return o == null ? null : o.db();
    }

    /** Whether the record's row exists (as far as this record knows). */
    public static boolean isPersisted(Object[] st) {
        Origin o = origin(st);
        return o != null && o.persisted();
    }

    /** The load mode of the query the record came from; null means the database's. */
    public static LoadMode loadMode(Object[] st) {
        Origin o = origin(st);
        return o == null ? null : o.mode();
    }

    /** The records read together with this one, for peer loading; null when there are none. */
    public static List<? extends ActiveRecord<?>> peers(Object[] st) {
        Origin o = origin(st);
        return o == null ? null : o.peers();
    }

    /** The value of field {@code index} as last loaded or saved; only meaningful for a persisted record. */
    public static Object loaded(Object[] st, int index) {
        return st[VALUES + index];
    }

    /**
     * Marks the record written to {@code db}: its row exists and its current values become the loaded ones. The
     * origin is kept when it already says so (a record saved again), else replaced, keeping load mode and peers.
     */
    public static void written(Object[] st, Session db, ModelInfo model, ActiveRecord<?> record) {
        Origin o = origin(st);
        written(st, o != null && o.persisted() && o.db() == db ? o : new Origin(db, true, null, null), model, record);
    }

    /**
     * As {@link #written(Object[], Session, ModelInfo, ActiveRecord)}, with the origin a batch of new records
     * shares ({@code fresh}: persisted in the database written to, no load mode, no peers).
     */
    public static void written(Object[] st, Origin fresh, ModelInfo model, ActiveRecord<?> record) {
        Origin o = origin(st);
        if (o == null) {
            st[ORIGIN] = fresh;
        } else if (!o.persisted() || o.db() != fresh.db()) {
            replaceOrigin(st, new Origin(fresh.db(), true, o.mode(), o.peers()));
        }
        List<FieldInfo> fields = model.fields();
        for (int i = 0; i < fields.size(); i++) {
            st[VALUES + i] = fields.get(i).storedValue(record);
        }
    }

    /** Marks the record's row gone: it is new again (as far as saving goes), its loaded values forgotten. */
    public static void deleted(Object[] st) {
        Origin o = origin(st);
        replaceOrigin(st, o == null ? null : new Origin(o.db(), false, o.mode(), o.peers()));
        java.util.Arrays.fill(st, VALUES, st.length, null);
    }

    /** A copy of the loaded values (for putting a record back after a rollback). */
    static Object[] values(Object[] st) {
        return java.util.Arrays.copyOfRange(st, VALUES, st.length);
    }

    static void setValues(Object[] st, Object[] values) {
        System.arraycopy(values, 0, st, VALUES, values.length);
    }

    /**
     * The record's relation slots, or null when it caches nothing. A bare inverse link ({@link #link}) becomes a
     * slot here, so whoever writes the slots sees it as the entry it stands for.
     */
    static RelationSlots relations(Object[] st) {
        Object r = st[RELATIONS];
        if (r == null || r instanceof RelationSlots) {
            return (RelationSlots) r;
        }
        RelationSlots slots = new RelationSlots();
        slots.put(origin(st).linkedBy(), r, 0L);
        st[RELATIONS] = slots;
        return slots;
    }

    static void setRelations(Object[] st, RelationSlots slots) {
        st[RELATIONS] = slots;
    }

    /**
     * Whether the record holds one relation value bare (no slots): the owner a HasMany load linked it to through
     * the relation its origin names ({@link Origin#linkBy}).
     */
    static boolean holdsBareLink(Object[] st) {
        Object r = st[RELATIONS];
        return r != null && !(r instanceof RelationSlots);
    }

    /** The bare link's value when it is the value of {@code key}; null otherwise (nothing cached for that key). */
    static Object bareLink(Object[] st, RelationCache.RelationKey key) {
        return origin(st).linkedBy() == key ? st[RELATIONS] : null;
    }

    /**
     * Links a record just read to its owner through {@code key} without relation slots, when its origin allows
     * it and nothing is cached on it yet; false when the caller must put the value in the relation cache instead.
     */
    public static boolean link(Object[] st, RelationCache.RelationKey key, ActiveRecord<?> owner) {
        Origin o = origin(st);
        if (st[RELATIONS] != null || o == null || o.linkedBy() != key) {
            return false;
        }
        st[RELATIONS] = owner;
        return true;
    }

    /** Replaces the origin; a bare link, which its origin names the relation of, first becomes a slot. */
    static void replaceOrigin(Object[] st, Origin origin) {
        if (holdsBareLink(st) && origin(st) != origin && (origin == null || origin.linkedBy() != origin(st).linkedBy())) {
            relations(st);
        }
        st[ORIGIN] = origin;
    }

    /** Per-owner aggregates attached by a query's withCount/withSum...; null until one is. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> aggregates(Object[] st) {
        return (Map<String, Object>) st[AGGREGATES];
    }

    /** Attaches (or, with null, clears) the record's per-owner aggregates. */
    public static void setAggregates(Object[] st, Map<String, Object> aggregates) {
        st[AGGREGATES] = aggregates;
    }
}
