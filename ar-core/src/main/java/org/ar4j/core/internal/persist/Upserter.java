package org.ar4j.core.internal.persist;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.ar4j.ActiveRecord;
import org.ar4j.Ar4jException;
import org.ar4j.ConstraintViolationException;
import org.ar4j.Errors;
import org.ar4j.QueryException;
import org.ar4j.ValidationException;
import org.ar4j.core.internal.meta.FieldInfo;
import org.ar4j.core.internal.meta.ModelInfo;
import org.ar4j.core.internal.meta.KeyFields;
import org.ar4j.core.internal.session.RecordImage;
import org.ar4j.core.internal.session.Records;
import org.ar4j.core.internal.session.Session;
import org.ar4j.spi.Read;
import org.ar4j.Capability;
import org.ar4j.spi.RowCursor;
import org.ar4j.spi.Select;
import org.ar4j.spi.UpsertRows;

/**
 * One model's records inserted or written over by a unique key: validation, before-hooks, one upsert per column
 * shape (records with and without an id), then one read of the stored ids and versions by key, then after-hooks;
 * atomic where the backend has transactions. Create and update hooks need to know which records exist: only for
 * models that declare them, the keys are read once before the upsert to tell. On failure, records not yet
 * confirmed by the read-back are put back as they were; confirmed ones follow the transaction like saved records.
 */
final class Upserter {
    private final Session session;

    Upserter(Session session) {
        this.session = session;
    }

    /**
     * The unique key the conflict fields name: the id, a unique field, or every part of a composite key (in any
     * order); else a QueryException naming the fix.
     */
    static KeyFields key(ModelInfo model, String... conflictFields) {
        KeyFields pk = model.key();
        if (conflictFields != null && pk != null && pk.composite() && conflictFields.length == pk.fields().size()) {
            java.util.Set<FieldInfo> named = new java.util.HashSet<>();
            for (String f : conflictFields) {
                named.add(model.field(f));
            }
            if (named.containsAll(pk.fields())) {
                return pk;
            }
        }
        if (conflictFields == null || conflictFields.length != 1) {
            throw new QueryException("upsertAll on " + model.name() + " needs the field of one unique key, such as"
                    + " upsertAll(records, \"email\") (got " + (conflictFields == null ? 0 : conflictFields.length)
                    + "); " + model.name() + " has " + uniqueFields(model));
        }
        FieldInfo f = model.field(conflictFields[0]);
        if (!(f.isId() && !pk.composite()) && !f.columnSpec().unique()) {
            throw new QueryException("upsertAll on " + model.name() + " by " + f.javaName() + ": " + f.qualifiedName()
                    + " is not unique, so a row cannot be found by it. Declare @Column(unique = true) on it, or use one of: "
                    + uniqueFields(model));
        }
        return KeyFields.over(model, List.of(f));
    }

    private static String uniqueFields(ModelInfo model) {
        List<String> names = new ArrayList<>();
        KeyFields pk = model.key();
        if (pk != null) {
            names.add(pk.composite() ? "the composite key " + pk.describeFields() : pk.describeFields());
        }
        model.fields().stream().filter(f -> f.columnSpec().unique()).forEach(f -> names.add(f.javaName()));
        return "unique fields " + String.join(", ", names);
    }

    void upsert(ModelInfo model, KeyFields key, List<ActiveRecord<?>> list) {
        model.requireWritable("upsertAll");
        for (ActiveRecord<?> r : list) {
            if (Records.isPersisted(r)) {
                throw new Ar4jException("upsertAll got a " + model.name() + " that is already saved (id "
                        + model.key().describe(model.key().stored(r)) + "); upsertAll takes new records, save() writes a"
                        + " loaded one");
            }
            RecordChecks.validate(model, r);
        }
        Writes.checkValues(session, model, list);
        Map<ActiveRecord<?>, RecordImage> before = new IdentityHashMap<>();
        list.forEach(r -> before.put(r, RecordImage.of(model, r)));
        try {
            session.transactions().atomically(() -> {
                run(model, key, list, before);
                return null;
            });
        } catch (RuntimeException | Error e) {
            // Records marked saved follow the transaction (restored by its rollback; kept where nothing rolls back).
            list.stream().filter(r -> !Records.isPersisted(r)).forEach(r -> before.get(r).restore());
            if (!session.backend().supports(Capability.TRANSACTIONS)) {
                settle(model, key, list, e);
            }
            throw e;
        }
        list.forEach(session::clearCaches);
    }

    /**
     * Without transactions nothing rolls back: a record whose key has a row after the failure is persisted, with
     * the row's id and version, and the row's values as its loaded ones, so its pending changes are exactly where
     * it differs from what is stored (none where this upsert wrote it). Records without a row stay new.
     */
    private void settle(ModelInfo model, KeyFields key, List<ActiveRecord<?>> list, Throwable failure) {
        List<ActiveRecord<?>> unsettled = list.stream().filter(r -> !Records.isPersisted(r)).toList();
        if (unsettled.isEmpty()) {
            return;
        }
        try {
            List<FieldInfo> fields = model.fields();
            Map<Object, Object[]> rows = new HashMap<>();
            List<Object> keys = unsettled.stream().map(key::stored).toList();
            Select s = new Select(model.tableSpec(), model.columns(), key.in(keys),
                    List.of(), Select.Window.ALL, null, List.of());
            try (RowCursor c = session.backend().read(Read.find(s))) {
                while (c.next()) {
                    Object[] row = new Object[fields.size()];
                    for (int i = 0; i < row.length; i++) {
                        row[i] = c.get(i);
                    }
                    rows.put(normalized(key.of(i -> row[i])), row);
                }
            }
            for (ActiveRecord<?> r : unsettled) {
                Object[] row = rows.get(keyOf(key, r));
                if (row == null) {
                    continue;
                }
                Object[] mine = new Object[fields.size()];
                for (int i = 0; i < mine.length; i++) {
                    mine[i] = fields.get(i).storedValue(r);
                    fields.get(i).setStoredValue(r, row[i]);
                }
                Records.state(r).written(session, model, r);
                for (int i = 0; i < mine.length; i++) {
                    FieldInfo f = fields.get(i);
                    if (!f.isId() && f != model.version()) {
                        f.setStoredValue(r, mine[i]);
                    }
                }
            }
        } catch (RuntimeException readFailed) {
            failure.addSuppressed(readFailed);
        }
    }

    private void run(ModelInfo model, KeyFields key, List<ActiveRecord<?>> list, Map<ActiveRecord<?>, RecordImage> before) {
        list.forEach(r -> Records.hook(r, Records.BEFORE_SAVE));
        Map<Object, Object[]> existing = model.hasCreateOrUpdateHooks() ? read(model, key, keys(model, key, list)) : null;
        if (existing != null) {
            list.forEach(r -> Records.hook(r, existing.containsKey(keyOf(key, r)) ? Records.BEFORE_UPDATE
                    : Records.BEFORE_CREATE));
        }
        List<Object> keys = keys(model, key, list);
        List<ActiveRecord<?>> generated = new ArrayList<>();
        List<ActiveRecord<?>> given = new ArrayList<>();
        boolean byId = key == model.key();
        for (ActiveRecord<?> r : list) {
            if (!byId && model.id() != null) {
                model.id().generateId(r);
            }
            Writes.stampType(model, r);
            Writes.initVersion(model, r);
            Writes.onInsert(model, r, session);
            boolean generate = !byId && model.id() != null && Writes.isUnsetGeneratedId(model.id(), model.id().javaValue(r));
            (generate ? generated : given).add(r);
        }
        write(model, key, generated, true);
        write(model, key, given, false);
        Map<Object, Object[]> stored = read(model, key, keys);
        FieldInfo version = model.version();
        for (ActiveRecord<?> r : list) {
            if (!stored.containsKey(keyOf(key, r))) {
                throw new ConstraintViolationException(ConstraintViolationException.Kind.UNIQUE, key.fields().stream()
                        .map(FieldInfo::qualifiedName).toList(), model.name() + " with " + key.describeFields() + " = "
                        + key.describe(key.stored(r)) + " is not stored after the"
                                + " upsert: the row collided with another unique key of " + model.name()
                                + " (or was deleted meanwhile); the upsert is rolled back", null);
            }
        }
        for (ActiveRecord<?> r : list) {
            Object[] row = stored.get(keyOf(key, r));
            if (model.id() != null) {
                model.id().setStoredValue(r, row[0]);
            }
            if (version != null) {
                version.setStoredValue(r, row[1]);
            }
            if (model.timestamps().created() != null) {
                model.timestamps().created().setStoredValue(r, row[2]); // a written-over row keeps its creation time
            }
            if (model.auditing().createdBy() != null) {
                model.auditing().createdBy().setStoredValue(r, row[3]); // and who created it
            }
            Records.state(r).written(session, model, r);
            session.transactions().touch(before.get(r));
        }
        for (ActiveRecord<?> r : list) {
            if (existing != null) {
                Records.hook(r, existing.containsKey(keyOf(key, r)) ? Records.AFTER_UPDATE : Records.AFTER_CREATE);
            }
            Records.hook(r, Records.AFTER_SAVE);
        }
    }

    /** The records' keys, each present and distinct, or a ValidationException naming the field and value. */
    private static List<Object> keys(ModelInfo model, KeyFields key, List<ActiveRecord<?>> list) {
        Map<Object, Integer> seen = new HashMap<>();
        List<Object> keys = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            ActiveRecord<?> r = list.get(i);
            Object k = key.stored(r);
            if (key.incomplete(k)) {
                FieldInfo missing = key.fields().stream().filter(f -> f.storedValue(r) == null).findFirst().orElseThrow();
                throw new ValidationException(model.name(), List.of(new Errors.Error(missing.javaName(),
                        "must have a value: upsertAll finds the stored row by " + key.describeFields() + " (record " + i
                                + ")")));
            }
            Integer other = seen.put(normalized(k), i);
            if (other != null) {
                throw new ValidationException(model.name(), List.of(new Errors.Error(key.describeFields(), "is "
                        + key.describe(k) + " in records " + other + " and " + i + " of one upsertAll: give each key"
                        + " once")));
            }
            keys.add(k);
        }
        return keys;
    }

    private void write(ModelInfo model, KeyFields key, List<ActiveRecord<?>> group, boolean generate) {
        if (group.isEmpty()) {
            return;
        }
        List<FieldInfo> used = Writes.writtenFields(model, generate);
        List<Object[]> rows = Writes.rows(model, group, used, "upsert");
        List<String> cols = used.stream().map(FieldInfo::column).toList();
        FieldInfo version = model.version();
        FieldInfo created = model.timestamps().created();
        // a row written over keeps its creation time, and the id it has (an id made in the JVM is for a new row only)
        List<String> insertOnly = new ArrayList<>();
        if (created != null) {
            insertOnly.add(created.column());
        }
        if (model.auditing().createdBy() != null) {
            insertOnly.add(model.auditing().createdBy().column());
        }
        if (model.id() != null && model.id().madeInJvm() && key != model.key()) {
            insertOnly.add(model.id().column());
        }
        session.backend().write(new UpsertRows(model.tableSpec(), cols, rows, key.columns(),
                version == null ? null : version.column(), insertOnly));
    }

    /**
     * The stored id, version, creation time and creator (null where the model has none) of each key found, by normalized key;
     * one read per chunk of keys.
     */
    private Map<Object, Object[]> read(ModelInfo model, KeyFields key, List<Object> keys) {
        List<String> cols = new ArrayList<>(key.columns());
        int idAt = model.id() == null ? -1 : cols.size();
        if (idAt >= 0) {
            cols.add(model.id().column());
        }
        int versionAt = optionalColumn(cols, model.version());
        int createdAt = optionalColumn(cols, model.timestamps().created());
        int createdByAt = optionalColumn(cols, model.auditing().createdBy());
        Map<Object, Object[]> found = new HashMap<>();
        int chunk = Math.max(1, key.keysPerQuery(session.backend().maxKeysPerQuery(0)));
        for (int from = 0; from < keys.size(); from += chunk) {
            List<Object> part = keys.subList(from, Math.min(keys.size(), from + chunk));
            Select s = new Select(model.tableSpec(), cols, key.in(part), List.of(), Select.Window.ALL, null, List.of());
            try (RowCursor c = session.backend().read(Read.find(s))) {
                while (c.next()) {
                    found.put(normalized(key.leading(c::get)), new Object[] {idAt < 0 ? null : c.get(idAt),
                        versionAt < 0 ? null : c.get(versionAt), createdAt < 0 ? null : c.get(createdAt),
                        createdByAt < 0 ? null : c.get(createdByAt)});
                }
            }
        }
        return found;
    }

    /** Adds a field's column to a read, returning its position, or -1 when the model has no such field. */
    private static int optionalColumn(List<String> cols, FieldInfo field) {
        if (field == null) {
            return -1;
        }
        cols.add(field.column());
        return cols.size() - 1;
    }

    private static Object keyOf(KeyFields key, ActiveRecord<?> r) {
        return normalized(key.stored(r));
    }

    /** A stored key as a map key: decimals by value, binaries by content, each part of a composite key so. */
    private static Object normalized(Object stored) {
        if (stored instanceof List<?> parts) {
            return parts.stream().map(Upserter::normalized).toList();
        }
        if (stored instanceof BigDecimal b) {
            return b.signum() == 0 ? BigDecimal.ZERO : b.stripTrailingZeros();
        }
        if (stored instanceof byte[] bytes) {
            return ByteBuffer.wrap(Arrays.copyOf(bytes, bytes.length));
        }
        return stored;
    }
}
