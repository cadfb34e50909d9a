package org.ar4j.core.internal.persist;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.ar4j.ActiveRecord;
import org.ar4j.Ar4jException;
import org.ar4j.ArgumentException;
import org.ar4j.Errors;
import org.ar4j.RecordNotFoundException;
import org.ar4j.StaleRecordException;
import org.ar4j.ValidationException;
import org.ar4j.core.internal.load.Loader;
import org.ar4j.core.internal.meta.FieldInfo;
import org.ar4j.core.internal.meta.ModelInfo;
import org.ar4j.core.internal.meta.SoftDeleteField;
import org.ar4j.core.internal.meta.KeyFields;
import org.ar4j.core.internal.session.RecordImage;
import org.ar4j.core.internal.session.RecordState;
import org.ar4j.core.internal.session.Records;
import org.ar4j.core.internal.session.Session;
import org.ar4j.spi.Read;
import org.ar4j.spi.DeleteRows;
import org.ar4j.spi.InsertRows;
import org.ar4j.spi.RowCursor;
import org.ar4j.spi.Select;
import org.ar4j.spi.UpdateRows;
import org.ar4j.WriteConflictException;

/**
 * Saving, deleting and reloading records in one database, with validation, hooks, optimistic locking
 * and cascades. Multi-statement writes are atomic through {@link org.ar4j.core.internal.session.Transactions};
 * every record's state before a write is handed to the transaction rules, which restore it on rollback.
 */
public final class Persister {
    private final Session session;
    private final Scopes scopes;
    private final Cascades cascades;
    private final KeyedWrites keyed;
    private final BatchInserter inserter;
    private final Upserter upserter;

    /** The persister of a database. */
    public Persister(Session session, Loader loader) {
        this.session = session;
        this.scopes = new Scopes(session, loader);
        this.cascades = new Cascades(this, scopes);
        this.keyed = new KeyedWrites(session, scopes);
        this.inserter = new BatchInserter(session);
        this.upserter = new Upserter(session);
    }

    Scopes scopes() {
        return scopes;
    }

    /** Inserts or updates; atomic with the model's after-hooks. */
    public void save(ActiveRecord<?> record) {
        ModelInfo model = session.models().of(record.getClass());
        model.requireWritable("save");
        Writes.stampType(model, record);
        session.tenancy().requireOwn(model, record, "save()");
        RecordChecks.validate(model, record);
        if (!Records.isPersisted(record) && model.id() != null) {
            Writes.refuseZeroId(model, model.id(), model.id().storedValue(record));
        }
        if (model.hasAfterHooks()) {
            session.transactions().atomically(() -> {
                saveNow(model, record);
                return null;
            });
        } else {
            saveNow(model, record);
        }
        session.clearCaches(record);
    }

    /**
     * Hooks and the one write. When the write fails nothing was stored, so the record is put back at
     * once; when a later hook fails, the record stays as written unless a rollback undoes the write
     * (the transaction rules restore it then).
     */
    private void saveNow(ModelInfo model, ActiveRecord<?> record) {
        RecordState st = Records.state(record);
        boolean creating = !st.isPersisted();
        Records.hook(record, Records.BEFORE_SAVE);
        Records.hook(record, creating ? Records.BEFORE_CREATE : Records.BEFORE_UPDATE);
        RecordImage before = RecordImage.of(model, record);
        try {
            if (creating) {
                insert(model, record, st);
            } else {
                update(model, record, st);
            }
        } catch (RuntimeException | Error e) {
            before.restore();
            throw e;
        }
        Changes.saved(record, before.loadedValues());
        session.transactions().touch(before);
        Records.hook(record, creating ? Records.AFTER_CREATE : Records.AFTER_UPDATE);
        Records.hook(record, Records.AFTER_SAVE);
    }

    private void insert(ModelInfo model, ActiveRecord<?> record, RecordState st) {
        List<FieldInfo> fields = model.fields();
        List<String> cols = new ArrayList<>(fields.size());
        List<Object> vals = new ArrayList<>(fields.size());
        boolean generate = false;
        List<FieldInfo> omitted = List.of();
        if (model.id() != null) {
            model.id().generateId(record);
        }
        Writes.initVersion(model, record);
        Writes.onInsert(model, record, session);
        for (FieldInfo f : fields) {
            Object v = f.storedValue(record);
            if (f.isId()) {
                if (Writes.isUnsetGeneratedId(f, f.javaValue(record))) {
                    generate = true;
                    continue;
                }
                if (v == null) {
                    throw new ValidationException(model.name(), List.of(new Errors.Error(f.javaName(),
                            "must be assigned before insert: " + model.name() + " has an assigned "
                                    + f.javaType().getSimpleName() + (model.id() == null ? " part of its key "
                                    + model.key().describeFields() : " id"))));
                }
                Writes.refuseZeroId(model, f, v);
            } else if (v == null && f.insertDefault()) {
                omitted = omitted.isEmpty() ? new ArrayList<>() : omitted;
                omitted.add(f);
                continue;
            }
            cols.add(f.column());
            vals.add(v);
        }
        List<Object> ids = session.backend().write(new InsertRows(model.tableSpec(), cols,
                List.<Object[]>of(vals.toArray())));
        if (generate) {
            model.id().setJavaValue(record, Writes.convertId(model.id(), ids.get(0)));
        }
        InsertDefaults.readBack(session, model, List.of(record), omitted);
        st.written(session, model, record);
    }

    private void update(ModelInfo model, ActiveRecord<?> record, RecordState st) {
        KeyFields key = model.key();
        Object currentId = key.stored(record);
        Object loadedId = key.of(st::loaded);
        if (!key.same(currentId, loadedId)) {
            throw new Ar4jException("The " + (key.composite() ? "key " + key.describeFields() : "id") + " of a saved "
                    + model.name() + " cannot change (was " + key.describe(loadedId) + ", now " + key.describe(currentId)
                    + "); create a new record instead");
        }
        Map<String, Object> changes = new LinkedHashMap<>();
        FieldInfo version = model.version();
        FieldInfo created = model.timestamps().created();
        for (FieldInfo f : model.fields()) {
            Object v = f.storedValue(record);
            if (f != version && !f.sameStored(v, st.loaded(f.index()))) {
                if (f == created) {
                    throw new ValidationException(model.name(), List.of(new Errors.Error(f.javaName(), "is the"
                            + " @CreatedAt, set when the row was inserted and never changed: put back " + f.fromStored(
                            st.loaded(f.index())) + " (or drop @CreatedAt to manage the field yourself)")));
                }
                changes.put(f.column(), v);
            }
        }
        if (changes.isEmpty()) {
            return;
        }
        for (FieldInfo f : Writes.onUpdate(model, record, session)) {
            changes.put(f.column(), f.storedValue(record));
        }
        Object loadedVersion = version == null ? null : st.loaded(version.index());
        if (version != null) {
            long next = ((Number) loadedVersion).longValue() + 1;
            version.setJavaValue(record, Writes.numberOf(version, next));
            changes.put(version.column(), version.storedValue(record));
        }
        long n;
        try {
            UpdateRows write = new UpdateRows(model.tableSpec(), changes, Writes.guard(model, currentId, loadedVersion));
            n = keyed.byId(model, currentId, "save()", () -> session.backend().write(write));
        } catch (WriteConflictException e) {
            if (version == null) {
                throw e;
            }
            throw new StaleRecordException(model.name() + " with id " + key.describe(currentId) + " was changed by a concurrent"
                    + " transaction while this save ran; nothing was written. Reload it and save again", e);
        }
        if (n == 0) {
            throw keyed.stale(model, currentId, loadedVersion, "save");
        }
        st.written(session, model, record);
    }

    /**
     * Deletes, or on a model with a soft-delete field marks (unless {@code force}); atomic with the model's cascades
     * and after-hooks.
     */
    public void delete(ActiveRecord<?> record, boolean force) {
        ModelInfo model = session.models().of(record.getClass());
        model.requireWritable(force ? "forceDelete" : "delete");
        RecordState st = Records.state(record);
        if (!st.isPersisted()) {
            throw new Ar4jException("Cannot delete a " + model.name() + " that was never saved (or is already deleted)");
        }
        session.tenancy().requireOwn(model, record, force ? "forceDelete()" : "delete()");
        boolean soft = !force && model.softDelete() != null;
        if (soft) {
            KeyedWrites.requireMarked(model, st, false);
        }
        if (model.hasCascades() || model.hasAfterHooks()) {
            session.transactions().atomically(() -> {
                deleteNow(model, record, st, soft);
                return null;
            });
        } else {
            deleteNow(model, record, st, soft);
        }
        session.clearCaches(record);
    }

    private void deleteNow(ModelInfo model, ActiveRecord<?> record, RecordState st, boolean soft) {
        Records.hook(record, Records.BEFORE_DELETE);
        cascades.run(model, record, soft);
        RecordImage before = RecordImage.of(model, record);
        if (soft) {
            keyed.mark(model, record, st, before, true);
        } else {
            Object id = model.key().of(st::loaded);
            Object loadedVersion = model.version() == null ? null : st.loaded(model.version().index());
            DeleteRows write = new DeleteRows(model.tableSpec(), Writes.guard(model, id, loadedVersion));
            long n = keyed.byId(model, id, "delete()", () -> session.backend().write(write));
            if (n == 0) {
                throw keyed.stale(model, id, loadedVersion, "delete");
            }
            st.deleted();
        }
        session.transactions().touch(before);
        Records.hook(record, Records.AFTER_DELETE);
    }

    /** Clears the soft-delete mark of a stored record. */
    public void restore(ActiveRecord<?> record) {
        ModelInfo model = session.models().of(record.getClass());
        model.requireWritable("restore");
        SoftDeleteField.require(model, "restore()");
        RecordState st = Records.state(record);
        if (!st.isPersisted()) {
            throw new Ar4jException("Cannot restore a " + model.name() + " that was never saved (or was force-deleted)");
        }
        session.tenancy().requireOwn(model, record, "restore()");
        RecordImage before = RecordImage.of(model, record);
        keyed.mark(model, record, st, before, false);
        session.transactions().touch(before);
        session.clearCaches(record);
    }

    /** Reads every field of a record again, by its id. */
    public void reload(ActiveRecord<?> record) {
        ModelInfo model = session.models().of(record.getClass());
        RecordState st = Records.state(record);
        KeyFields key = model.requireKey("reload()");
        Object id = st.isPersisted() ? key.of(st::loaded) : key.stored(record);
        if (key.incomplete(id)) {
            throw new RecordNotFoundException("Cannot reload a " + model.name() + " without "
                    + (key.composite() ? "every part of its key " + key.describeFields() : "an id"));
        }
        Select s = new Select(model.tableSpec(), model.columns(), Writes.idEquals(model, id), List.of(),
                new Select.Window(1, null, null), null, List.of());
        try (RowCursor c = session.backend().read(Read.find(s))) {
            if (!c.next()) {
                throw new RecordNotFoundException("No " + model.name() + " with id " + key.describe(id) + " to reload");
            }
            List<FieldInfo> fields = model.fields();
            for (int i = 0; i < fields.size(); i++) {
                fields.get(i).setStoredValue(record, c.get(i));
            }
            st.written(session, model, record);
        }
        Changes.forget(record);
        session.clearCaches(record);
    }

    /**
     * Inserts new records or writes them over the stored rows with the same unique key, one atomic upsert per
     * model (see {@link Upserter}).
     */
    public void upsertAll(Iterable<? extends ActiveRecord<?>> records, String... conflictFields) {
        ArgumentException.requireNonNull(records, "upsertAll", "list of records", "pass the records to write");
        Map<Class<?>, List<ActiveRecord<?>>> byModel = byModel(records, "upsertAll", r -> { });
        Map<ModelInfo, KeyFields> keys = new LinkedHashMap<>();
        byModel.keySet().forEach(c -> keys.put(session.models().of(c), Upserter.key(session.models().of(c), conflictFields)));
        for (Map.Entry<Class<?>, List<ActiveRecord<?>>> e : byModel.entrySet()) {
            ModelInfo model = session.models().of(e.getKey());
            upserter.upsert(model, keys.get(model), e.getValue());
        }
    }

    /**
     * Inserts new records, one batch per model with as few statements as the backend allows, all models in one
     * atomic operation. Every record is checked (new, given once, valid, values the backend stores) before the
     * first statement, so bad input sends nothing, not even a BEGIN.
     */
    public void insertAll(Iterable<? extends ActiveRecord<?>> records) {
        ArgumentException.requireNonNull(records, "insertAll", "list of records", "pass the records to insert");
        Set<ActiveRecord<?>> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Map<Class<?>, List<ActiveRecord<?>>> byModel = byModel(records, "insertAll", r -> {
            if (Records.isPersisted(r)) {
                throw new Ar4jException("insertAll got a " + r.getClass().getSimpleName()
                        + " that is already saved; insertAll only inserts new records");
            }
            if (!seen.add(r)) {
                throw new ArgumentException("insertAll got the same " + r.getClass().getSimpleName() + " record twice;"
                        + " a record is inserted once: remove the repeat from the list (nothing was written)");
            }
        });
        List<ModelInfo> models = new ArrayList<>(byModel.size());
        for (Map.Entry<Class<?>, List<ActiveRecord<?>>> e : byModel.entrySet()) {
            ModelInfo model = session.models().of(e.getKey());
            model.requireWritable("insertAll");
            models.add(model);
            for (ActiveRecord<?> r : e.getValue()) {
                RecordChecks.validate(model, r);
            }
            Writes.checkValues(session, model, e.getValue());
        }
        session.transactions().atomically(() -> {
            int i = 0;
            for (List<ActiveRecord<?>> list : byModel.values()) {
                inserter.insert(models.get(i++), list);
            }
            return null;
        });
    }

    /**
     * The records by model, in first-seen order, each checked as it is met ({@code op} names the call in the message
     * for a null record); the first model's list is sized for all records (one model per call is the usual case).
     */
    private static Map<Class<?>, List<ActiveRecord<?>>> byModel(Iterable<? extends ActiveRecord<?>> records, String op,
                                                                Consumer<ActiveRecord<?>> check) {
        Map<Class<?>, List<ActiveRecord<?>>> byModel = new LinkedHashMap<>();
        int size = records instanceof Collection<?> c ? c.size() : 10;
        for (ActiveRecord<?> r : records) {
            ArgumentException.requireNonNull(r, op, "record in its list", "remove the nulls from the list");
            check.accept(r);
            byModel.computeIfAbsent(r.getClass(), c -> new ArrayList<>(byModel.isEmpty() ? size : 10)).add(r);
        }
        return byModel;
    }
}
