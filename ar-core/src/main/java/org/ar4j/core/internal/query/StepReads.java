package org.ar4j.core.internal.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ar4j.Ar4jException;
import org.ar4j.core.internal.meta.Conditions;
import org.ar4j.core.internal.meta.FieldInfo;
import org.ar4j.core.internal.meta.RelationInfo;
import org.ar4j.core.internal.meta.Values;
import org.ar4j.core.internal.session.Session;
import org.ar4j.spi.Read;
import org.ar4j.spi.Filter;
import org.ar4j.spi.RowCursor;
import org.ar4j.spi.Select;

/** A projection's BelongsTo step: the target's selected columns by key, chunked to the backend's bind limit. */
final class StepReads {
    private StepReads() {
    }

    /**
     * The stored values of {@code fields} of the targets of {@code keys} (the owners' foreign-key values), by
     * normalized key ({@link Values#key}); the relation's own condition applies, as it does when the relation loads.
     */
    static Map<Object, Object[]> read(Session db, RelationInfo step, List<Object> keys, List<FieldInfo> fields) {
        Map<Object, Object[]> out = new HashMap<>();
        if (keys.isEmpty()) {
            return out;
        }
        FieldInfo key = step.targetKey();
        List<String> columns = new ArrayList<>(fields.size() + 1);
        columns.add(key.column());
        for (FieldInfo f : fields) {
            columns.add(f.column());
        }
        Filter extra = step.condition();
        int max = db.backend().maxKeysPerQuery(Conditions.parameterCount(extra));
        if (max < 1) {
            throw new Ar4jException("The " + db.backendName() + " backend cannot bind a key next to the conditions of "
                    + step.qualifiedName());
        }
        for (int from = 0; from < keys.size(); from += max) {
            List<Object> chunk = new ArrayList<>();
            for (Object k : keys.subList(from, Math.min(keys.size(), from + max))) {
                chunk.add(Values.coerceKey(key, k));
            }
            Filter byKey = new Filter.In(key.column(), chunk, false);
            Select s = new Select(step.target().tableSpec(), columns, Conditions.and(byKey, extra), List.of(),
                    Select.Window.ALL, null, List.of());
            try (RowCursor c = db.backend().read(Read.find(s))) {
                while (c.next()) {
                    Object[] values = new Object[fields.size()];
                    for (int i = 0; i < values.length; i++) {
                        values[i] = c.get(i + 1);
                    }
                    out.put(Values.key(c.get(0)), values);
                }
            }
        }
        return out;
    }
}
