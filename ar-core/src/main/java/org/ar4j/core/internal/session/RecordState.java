package org.ar4j.core.internal.session;

import java.util.List;
import java.util.Map;

import org.ar4j.ActiveRecord;
import org.ar4j.LoadMode;
import org.ar4j.core.internal.meta.FieldInfo;
import org.ar4j.core.internal.meta.ModelInfo;

/**
 * What ar4j keeps on each record: its {@link Origin} (immutable, shared by the records one query read: where the
 * record lives, whether its row exists, its load mode and peers), its cached relation values and the per-owner aggregates
 * a query attached (both owned by the {@link RelationStore}, which alone reads or writes them), and the
 * canonical field values as last loaded or saved (the dirty-tracking snapshot, meaningful only while the record
 * is persisted). Not thread-safe, but the relation values, which a cache reads from any thread, are.
 *
 * <p>The first {@value #INLINE} loaded values are fields of the state, the others in an array: most records of
 * most models then cost one object for their state instead of two (40 bytes instead of 56 for a model of three
 * or four fields, never more for a wider one).
 */
public final class RecordState implements java.util.function.IntFunction<Object> {
    private Origin origin;
    /**
     * This record's cached relation values and per-owner aggregates, in the relation store's encoding (null, slots,
     * or its owner bare): read and written by {@link RelationStore} alone.
     */
    Object relations;
    private static final int INLINE = 4;
    private Object v0;
    private Object v1;
    private Object v2;
    private Object v3;
    /** The loaded values of the fields from {@link #INLINE} on; null for a model of at most that many fields. */
    private Object[] rest;

    private RecordState(Origin origin, int fields) {
        this.origin = origin;
        this.rest = fields > INLINE ? new Object[fields - INLINE] : null;
    }

    /** The state of a record that was never written: no origin, no values (room for them is made when written). */
    static RecordState fresh() {
        return new RecordState(null, 0);
    }

    /** The state of a record just read: its origin; the values read are set by field index. */
    static RecordState read(Origin origin, int fields) {
        return new RecordState(origin, fields);
    }

    /** Sets the loaded value of field {@code index} of a state being read. */
    void setValue(int index, Object value) {
        switch (index) {
            case 0 -> v0 = value;
            case 1 -> v1 = value;
            case 2 -> v2 = value;
            case 3 -> v3 = value;
            default -> {
                if (rest == null || rest.length <= index - INLINE) {
                    rest = rest == null ? new Object[index - INLINE + 1] : java.util.Arrays.copyOf(rest, index - INLINE + 1);
                }
                rest[index - INLINE] = value;
            }
        }
    }

    private int size() {
        return rest == null ? INLINE : INLINE + rest.length;
    }

    /** Where the record came from; null for a record never written. */
    public Origin origin() {
        return origin;
    }

    /** Replaces the origin; the relation store first keeps what the old origin let it hold bare. */
    void setOrigin(Origin next) {
        RelationStore.originChanging(this, next);
        origin = next;
    }

    /** The database the record was loaded from or written to; null for a record never written. */
    public Session db() {
        return origin == null ? null : origin.db();
    }

    /** Whether the record's row exists (as far as this record knows). */
    public boolean isPersisted() {
        return origin != null && origin.persisted();
    }

    /** The load mode of the query the record came from; null means the database's. */
    public LoadMode loadMode() {
        return origin == null ? null : origin.mode();
    }

    /** The records read together with this one, for peer loading; null when there are none. */
    public List<? extends ActiveRecord<?>> peers() {
        return origin == null ? null : origin.peers();
    }

    /** As {@link #loaded}: the state as the stored values a model's fields are written from. */
    @Override
    public Object apply(int index) {
        return loaded(index);
    }

    /** The value of field {@code index} as last loaded or saved; only meaningful for a persisted record. */
    public Object loaded(int index) {
        return switch (index) {
            case 0 -> v0;
            case 1 -> v1;
            case 2 -> v2;
            case 3 -> v3;
            default -> rest == null || rest.length <= index - INLINE ? null : rest[index - INLINE];
        };
    }

    /**
     * Marks the record written to {@code db}: its row exists and its current values become the loaded ones. The
     * origin is kept when it already says so (a record saved again), else replaced, keeping load mode and peers.
     */
    public void written(Session db, ModelInfo model, ActiveRecord<?> record) {
        written(origin != null && origin.persisted() && origin.db() == db ? origin : new Origin(db, true, null, null),
                model, record);
    }

    /**
     * As {@link #written(Session, ModelInfo, ActiveRecord)}, with the origin a batch of new records shares
     * ({@code fresh}: persisted in the database written to, no load mode, no peers).
     */
    public void written(Origin fresh, ModelInfo model, ActiveRecord<?> record) {
        if (origin == null) {
            origin = fresh;
        } else if (!origin.persisted() || origin.db() != fresh.db()) {
            setOrigin(new Origin(fresh.db(), true, origin.mode(), origin.peers()));
        }
        List<FieldInfo> fields = model.fields();
        room(fields.size());
        for (int i = 0; i < fields.size(); i++) {
            setValue(i, fields.get(i).storedValue(record));
        }
    }

    /** Marks one field of a persisted record written: its current stored value becomes the loaded one. */
    public void wroteField(FieldInfo field, ActiveRecord<?> record) {
        setValue(field.index(), field.storedValue(record));
    }

    /** Makes room for {@code fields} values at once (a fresh state has none beyond the inline ones). */
    private void room(int fields) {
        if (fields > INLINE && (rest == null || rest.length < fields - INLINE)) {
            rest = rest == null ? new Object[fields - INLINE] : java.util.Arrays.copyOf(rest, fields - INLINE);
        }
    }

    /** Marks the record's row gone: it is new again (as far as saving goes), its loaded values forgotten. */
    public void deleted() {
        setOrigin(origin == null ? null : new Origin(origin.db(), false, origin.mode(), origin.peers()));
        for (int i = 0; i < size(); i++) {
            setValue(i, null);
        }
    }

    /** A copy of the loaded values (for putting a record back after a rollback). */
    Object[] values() {
        Object[] copy = new Object[size()];
        for (int i = 0; i < copy.length; i++) {
            copy[i] = loaded(i);
        }
        return copy;
    }

    void setValues(Object[] loaded) {
        room(loaded.length);
        for (int i = 0; i < loaded.length; i++) {
            setValue(i, loaded[i]);
        }
    }

    /** Per-owner aggregates attached by a query's withCount/withSum...; null until one is. */
    public Map<AggregateKey, Object> aggregates() {
        return RelationStore.aggregates(this);
    }

    /** Attaches (or, with null, clears) the record's per-owner aggregates. */
    public void setAggregates(Map<AggregateKey, Object> attached) {
        RelationStore.setAggregates(this, attached);
    }
}
