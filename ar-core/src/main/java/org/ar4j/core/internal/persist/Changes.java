package org.ar4j.core.internal.persist;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import org.ar4j.ActiveRecord;
import org.ar4j.Change;
import org.ar4j.core.internal.meta.FieldInfo;
import org.ar4j.core.internal.meta.ModelInfo;
import org.ar4j.core.internal.session.RecordState;
import org.ar4j.core.internal.session.Records;
import org.ar4j.core.internal.session.RelationStore;

/**
 * Dirty tracking as the API shows it: a field's value as loaded, the pending changes, and what the last save wrote.
 * The snapshot they compare with is the record state's loaded values, the one dirty check every write uses.
 */
public final class Changes {
    private Changes() {
    }

    /** A field's value (by Java or column name) as last loaded or saved; null for a new record. */
    public static Object original(ModelInfo model, ActiveRecord<?> record, String field) {
        FieldInfo f = model.field(field);
        RecordState st = Records.state(record);
        return st.isPersisted() ? f.fromStored(st.loaded(f.index())) : null;
    }

    /** The pending changes of a record, by Java field name in field order. */
    public static Map<String, Change> pending(ModelInfo model, ActiveRecord<?> record) {
        RecordState st = Records.state(record);
        List<FieldInfo> fields = model.fields();
        return between(model, i -> fields.get(i).storedValue(record), i -> fields.get(i).javaValue(record),
                st.isPersisted() ? st::loaded : null);
    }

    /**
     * What the record's last save wrote; empty before the first. Computed when asked, from the values loaded before
     * the save (kept by it) and after it (the record's snapshot, which only a save or a reload moves).
     */
    public static Map<String, Change> lastSave(ModelInfo model, ActiveRecord<?> record) {
        RecordState st = Records.state(record);
        if (!(RelationStore.savedChanges(st) instanceof Saved saved)) {
            return Map.of();
        }
        List<FieldInfo> fields = model.fields();
        IntFunction<Object> after = st::loaded;
        return between(model, after, i -> fields.get(i).fromStored(after.apply(i)), saved.before == null ? null
                : i -> i < saved.before.length ? saved.before[i] : null);
    }

    /** The values a save started from: the loaded values before it, or null for an insert. */
    private record Saved(Object[] before) {
    }

    /**
     * Marks a record saved: its last save started from {@code before} (the loaded values before it, null for an
     * insert). One small object per save; the changes are computed only when asked.
     */
    static void saved(ActiveRecord<?> record, Object[] before) {
        RelationStore.setSavedChanges(Records.state(record), new Saved(before));
    }

    /** Forgets what the last save wrote (a reload replaces the snapshot it is computed from). */
    static void forget(ActiveRecord<?> record) {
        RelationStore.setSavedChanges(Records.state(record), null);
    }

    /**
     * Each field whose stored value {@code nowAt} differs from {@code wasAt} (by field index; null: a new record, every
     * field holding a value), with the values before and after ({@code afterAt}: the Java value now).
     */
    private static Map<String, Change> between(ModelInfo model, IntFunction<Object> nowAt, IntFunction<Object> afterAt,
                                               IntFunction<Object> wasAt) {
        Map<String, Change> out = new LinkedHashMap<>();
        for (FieldInfo f : model.fields()) {
            Object now = nowAt.apply(f.index());
            if (wasAt == null) {
                if (now != null) {
                    out.put(f.javaName(), new Change(null, afterAt.apply(f.index())));
                }
            } else {
                Object was = wasAt.apply(f.index());
                if (!f.sameStored(now, was)) {
                    out.put(f.javaName(), new Change(f.fromStored(was), afterAt.apply(f.index())));
                }
            }
        }
        return Collections.unmodifiableMap(out);
    }
}
