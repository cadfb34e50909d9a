package org.ar4j.core.internal.persist;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ar4j.ActiveRecord;
import org.ar4j.core.internal.meta.FieldInfo;
import org.ar4j.core.internal.meta.KeyFields;
import org.ar4j.core.internal.meta.ModelInfo;
import org.ar4j.core.internal.session.Session;
import org.ar4j.spi.Read;
import org.ar4j.spi.RowCursor;
import org.ar4j.spi.Select;

/**
 * Fields an insert leaves out for the database's default ({@code @Column(insertDefault = true)} with a null value),
 * and the read that brings what the database stored back into the records, by id, one statement per insert.
 */
final class InsertDefaults {
    private InsertDefaults() {
    }

    /** The fields of {@code record} an insert leaves out: insert-default fields whose value is null. */
    static List<FieldInfo> omitted(ModelInfo model, ActiveRecord<?> record) {
        List<FieldInfo> out = List.of();
        for (FieldInfo f : model.fields()) {
            if (f.insertDefault() && f.javaValue(record) == null) {
                out = out.isEmpty() ? new ArrayList<>() : out;
                out.add(f);
            }
        }
        return out;
    }

    /** The positions of the records in {@code group} by the fields an insert leaves out of each, in order. */
    static Map<List<FieldInfo>, List<Integer>> shapes(ModelInfo model, List<ActiveRecord<?>> group) {
        Map<List<FieldInfo>, List<Integer>> out = new LinkedHashMap<>();
        for (int i = 0; i < group.size(); i++) {
            out.computeIfAbsent(omitted(model, group.get(i)), k -> new ArrayList<>()).add(i);
        }
        return out;
    }

    /** Reads the {@code omitted} columns of inserted records (their ids set) back into them. */
    static void readBack(Session session, ModelInfo model, List<ActiveRecord<?>> records, List<FieldInfo> omitted) {
        if (omitted.isEmpty() || records.isEmpty()) {
            return;
        }
        KeyFields key = model.requireKey("Reading back the database's defaults after an insert");
        int width = key.columns().size();
        List<String> columns = new ArrayList<>(key.columns());
        omitted.forEach(f -> columns.add(f.column()));
        List<Object> keys = new ArrayList<>(records.size());
        records.forEach(r -> keys.add(key.stored(r)));
        Map<String, Object[]> rows = new HashMap<>();
        int chunk = Math.max(1, key.keysPerQuery(session.backend().maxKeysPerQuery(0)));
        for (int from = 0; from < keys.size(); from += chunk) {
            Select s = new Select(model.tableSpec(), columns, key.in(keys.subList(from, Math.min(keys.size(),
                    from + chunk))), List.of(), Select.Window.ALL, null, List.of());
            try (RowCursor c = session.backend().read(Read.find(s))) {
                while (c.next()) {
                    Object[] row = new Object[omitted.size()];
                    for (int i = 0; i < row.length; i++) {
                        row[i] = c.get(i + width);
                    }
                    rows.put(String.valueOf(key.leading(c::get)), row);
                }
            }
        }
        for (ActiveRecord<?> r : records) {
            Object[] row = rows.get(String.valueOf(key.stored(r)));
            for (int i = 0; row != null && i < row.length; i++) {
                omitted.get(i).setStoredValue(r, row[i]);
            }
        }
    }
}
