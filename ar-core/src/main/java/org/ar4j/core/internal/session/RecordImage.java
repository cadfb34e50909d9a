package org.ar4j.core.internal.session;

import org.ar4j.ActiveRecord;
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
    private final Object created;
    private final Object updated;
    /** The soft-delete mark, which delete() and restore() assign. */
    private final Object mark;
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
        FieldInfo c = model.timestamps().created();
        FieldInfo u = model.timestamps().updated();
        this.created = c == null ? null : c.javaValue(record);
        this.updated = u == null ? null : u.javaValue(record);
        this.mark = model.softDelete() == null ? null : model.softDelete().field().javaValue(record);
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

    private void restoreTimestamps() {
        FieldInfo c = model.timestamps().created();
        FieldInfo u = model.timestamps().updated();
        if (c != null) {
            c.setJavaValue(record, created);
        }
        if (u != null) {
            u.setJavaValue(record, updated);
        }
    }

    /** Whether the record was read from or written to its database before {@code nanoTime} (and is persisted). */
    boolean syncedBefore(long nanoTime) {
        return origin != null && origin.persisted() && origin.since() - nanoTime < 0;
    }

    /** The record as messages name it: model and id. */
    String describe() {
        return model.name() + " " + (model.key() == null ? "" : model.key().describe(model.key().stored(record)));
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
        if (model.timestamps().any()) {
            restoreTimestamps();
        }
        if (model.softDelete() != null) {
            model.softDelete().field().setJavaValue(record, mark);
        }
        RelationStore.setSavedChanges(st, savedChanges);
        Session owner = current != null ? current : db;
        if (owner != null) {
            owner.clearCaches(record);
        }
    }
}
