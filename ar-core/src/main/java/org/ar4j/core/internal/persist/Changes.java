package org.ar4j.core.internal.persist;

import java.util.Collections;
import java.util.LinkedHashMap;
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
        return between(model, record, st.isPersisted() ? st::loaded : null);
    }

    /** What the record's last save wrote; empty before the first. */
    @SuppressWarnings("unchecked")
    public static Map<String, Change> lastSave(ActiveRecord<?> record) {
        Object saved = RelationStore.savedChanges(Records.state(record));
        return saved == null ? Map.of() : (Map<String, Change>) saved;
    }

    /**
     * Keeps, after a save, what it wrote: the difference between the loaded values before it ({@code before}, null
     * for an insert) and the record now.
     */
    static void saved(ModelInfo model, ActiveRecord<?> record, Object[] before) {
        RelationStore.setSavedChanges(Records.state(record), between(model, record, before == null ? null
                : i -> i < before.length ? before[i] : null));
    }

    /** Each field whose value differs from {@code loadedAt} (by field index; null: a new record, every set field). */
    private static Map<String, Change> between(ModelInfo model, ActiveRecord<?> record, IntFunction<Object> loadedAt) {
        Map<String, Change> out = new LinkedHashMap<>();
        for (FieldInfo f : model.fields()) {
            Object now = f.storedValue(record);
            if (loadedAt == null) {
                if (now != null) {
                    out.put(f.javaName(), new Change(null, f.javaValue(record)));
                }
            } else {
                Object was = loadedAt.apply(f.index());
                if (!f.sameStored(now, was)) {
                    out.put(f.javaName(), new Change(f.fromStored(was), f.javaValue(record)));
                }
            }
        }
        return Collections.unmodifiableMap(out);
    }
}
