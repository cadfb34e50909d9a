package org.ar4j.core.internal.session;

import java.util.List;

import org.ar4j.ActiveRecord;
import org.ar4j.CommittedChange;
import org.ar4j.core.internal.meta.SoftDeleteField;
import org.ar4j.core.internal.meta.FieldInfo;
import org.ar4j.core.internal.meta.ModelInfo;

/**
 * What ar4j knows about a record before a write: whether it is persisted, its loaded snapshot, its
 * database, and the fields writes assign: its generated id, its version and its timestamps. Restoring it
 * after a rollback makes the record describe
 * the data again (new again with the id cleared, changes pending again, the old version), while the
 * field values the user assigned stay, so a retry writes them.
 */
public final class RecordImage {
    private final ModelInfo model;
    private final ActiveRecord<?> record;
    private final Origin origin;
    private final Object[] values;
    private final Object id;
    private final Object version;
    /** The fields writes assign besides id and version (timestamps, auditing, the soft-delete mark), by position. */
    private final Object[] assigned;
    /** What the record's previous save wrote, put back by a rollback. */
    private final Object savedChanges;

    private RecordImage(ModelInfo model, ActiveRecord<?> record, RecordState st) {
        this.model = model;
        this.record = record;
        this.origin = st.origin();
        this.values = st.isPersisted() ? st.values() : null;
        this.id = model.id() == null ? null : model.id().javaValue(record);
        FieldInfo v = model.version();
        this.version = v == null ? null : v.javaValue(record);
        List<FieldInfo> a = model.assignedByWrites();
        this.assigned = a.isEmpty() ? null : new Object[a.size()];
        for (int i = 0; i < a.size(); i++) {
            assigned[i] = a.get(i).javaValue(record);
        }
        this.savedChanges = RelationStore.savedChanges(st);
    }

    /** The record's loaded values when the image was taken (by field index), or null for a record never written. */
    public Object[] loadedValues() {
        return values;
    }

    /** The record's state now. */
    public static RecordImage of(ModelInfo model, ActiveRecord<?> record) {
        return new RecordImage(model, record, Records.state(record));
    }

    /** Whether the record was read from or written to its database before {@code nanoTime} (and is persisted). */
    boolean syncedBefore(long nanoTime) {
        return origin != null && origin.persisted() && origin.since() - nanoTime < 0;
    }

    /** The record as messages name it: model and id. */
    String describe() {
        return model.name() + " " + (model.key() == null ? "" : model.key().describe(model.key().stored(record)));
    }

    /**
     * What the writes since this image did to the record's row, taken as a whole; null when nothing lasting was
     * written (saved without changes, or inserted and deleted).
     */
    CommittedChange change() {
        RecordState st = Records.state(record);
        boolean now = st.isPersisted();
        if (values == null) {
            return now ? new CommittedChange(record, CommittedChange.Kind.CREATED) : null;
        }
        if (!now) {
            return new CommittedChange(record, CommittedChange.Kind.DELETED);
        }
        Object[] after = st.values();
        SoftDeleteField mark = model.softDelete();
        if (mark != null) {
            int i = mark.field().index();
            if (!mark.markedStored(values[i]) && mark.markedStored(after[i])) {
                return new CommittedChange(record, CommittedChange.Kind.DELETED);
            }
        }
        return java.util.Arrays.equals(values, after) ? null : new CommittedChange(record, CommittedChange.Kind.UPDATED);
    }

    /** The record. */
    public ActiveRecord<?> record() {
        return record;
    }

    /** Puts the record back as it was when the image was taken, and forgets its cached relations. */
    public void restore() {
        RecordState st = Records.state(record);
        Session current = st.db();
        st.setOrigin(origin);
        if (values != null) {
            st.setValues(values);
        }
        Session db = origin == null ? null : origin.db();
        if (!st.isPersisted() && model.id() != null && model.id().assignedOnInsert()) {
            model.id().setJavaValue(record, id);
        }
        FieldInfo v = model.version();
        if (v != null) {
            v.setJavaValue(record, version);
        }
        if (assigned != null) {
            List<FieldInfo> a = model.assignedByWrites();
            for (int i = 0; i < a.size(); i++) {
                a.get(i).setJavaValue(record, assigned[i]);
            }
        }
        RelationStore.setSavedChanges(st, savedChanges);
        Session owner = current != null ? current : db;
        if (owner != null) {
            owner.clearCaches(record);
        }
    }
}
