package org.ar4j.core.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.ar4j.ActiveRecord;
import org.ar4j.Ar4jException;
import org.ar4j.BackendException;
import org.ar4j.DeleteRestrictedException;
import org.ar4j.Errors;
import org.ar4j.RecordNotFoundException;
import org.ar4j.StaleRecordException;
import org.ar4j.ValidationException;
import org.ar4j.core.internal.meta.FieldInfo;
import org.ar4j.core.internal.meta.ModelInfo;
import org.ar4j.core.internal.meta.ModelRegistry;
import org.ar4j.core.internal.meta.RelationInfo;
import org.ar4j.query.Predicate;
import org.ar4j.relation.Dependent;
import org.ar4j.relation.Relation.Kind;
import org.ar4j.spi.DeleteRows;
import org.ar4j.spi.InsertRows;
import org.ar4j.spi.PartialInsertException;
import org.ar4j.spi.RowCursor;
import org.ar4j.spi.Select;
import org.ar4j.spi.UpdateRows;

/** Saving, deleting, reloading and batch-inserting records, with hooks, validation and cascades. */
final class Persistence {
    private Persistence() {
    }

    static DatabaseImpl databaseOf(ActiveRecord<?> record) {
        RecordState st = Records.state(record);
        return st.db != null ? st.db : EngineImpl.INSTANCE.databaseFor(record.getClass());
    }

    static void validate(ModelInfo model, ActiveRecord<?> record) {
        Errors errors = new Errors();
        Records.validate(record, errors);
        for (RelationInfo r : model.relations().values()) {
            if (r.spec().validator() != null) {
                r.spec().validator().validate(record, r.descriptor(), errors);
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(model.name(), errors.all());
        }
    }

    static void save(ActiveRecord<?> record) {
        ModelInfo model = ModelRegistry.of(record.getClass());
        DatabaseImpl db = databaseOf(record);
        validate(model, record);
        if (model.hasAfterHooks()) {
            db.atomically(() -> {
                saveNow(db, model, record);
                return null;
            });
        } else {
            saveNow(db, model, record);
        }
        db.clearCaches(record);
    }

    /**
     * Hooks and the one write. When the write fails nothing was stored, so the record is put back at
     * once; when a later hook fails, the record stays as written unless a rollback undoes the write
     * (the transaction rules restore it then).
     */
    private static void saveNow(DatabaseImpl db, ModelInfo model, ActiveRecord<?> record) {
        RecordState st = Records.state(record);
        boolean creating = !st.persisted;
        Records.hook(record, Records.BEFORE_SAVE);
        Records.hook(record, creating ? Records.BEFORE_CREATE : Records.BEFORE_UPDATE);
        RecordImage before = RecordImage.of(model, record);
        try {
            if (creating) {
                insert(db, model, record, st);
            } else {
                update(db, model, record, st);
            }
        } catch (RuntimeException | Error e) {
            before.restore();
            throw e;
        }
        db.transactions().touch(before);
        Records.hook(record, creating ? Records.AFTER_CREATE : Records.AFTER_UPDATE);
        Records.hook(record, Records.AFTER_SAVE);
    }

    private static boolean isUnsetGeneratedId(FieldInfo id, Object value) {
        if (!id.isGenerated()) {
            return false;
        }
        return value == null || (id.javaType().isPrimitive() && ((Number) value).longValue() == 0L);
    }

    private static void insert(DatabaseImpl db, ModelInfo model, ActiveRecord<?> record, RecordState st) {
        List<FieldInfo> fields = model.fields();
        List<String> cols = new ArrayList<>(fields.size());
        List<Object> vals = new ArrayList<>(fields.size());
        boolean generate = false;
        initVersion(model, record);
        for (FieldInfo f : fields) {
            Object v = f.read(record);
            if (f.isId()) {
                if (isUnsetGeneratedId(f, f.get(record))) {
                    generate = true;
                    continue;
                }
                if (v == null) {
                    throw new ValidationException(model.name(), List.of(new Errors.Error(f.javaName(),
                            "must be assigned before insert: " + model.name() + " has an assigned "
                                    + f.javaType().getSimpleName() + " id")));
                }
            }
            cols.add(f.column());
            vals.add(v);
        }
        List<Object> ids = db.backend().insert(new InsertRows(model.tableSpec(), cols, List.<Object[]>of(vals.toArray())));
        if (generate) {
            model.id().set(record, convertId(model.id(), ids.get(0)));
        }
        st.db = db;
        st.persisted = true;
        st.snapshot = snapshot(model, record);
    }

    /** A new record's version starts at 1. */
    private static void initVersion(ModelInfo model, ActiveRecord<?> record) {
        FieldInfo v = model.version();
        if (v != null) {
            Object cur = v.get(record);
            if (cur == null || ((Number) cur).longValue() == 0L) {
                v.set(record, numberOf(v, 1L));
            }
        }
    }

    private static Object numberOf(FieldInfo f, long value) {
        return f.javaType() == int.class || f.javaType() == Integer.class ? (Object) (int) value : (Object) value;
    }

    /** {@code id = ?}, plus {@code version = ?} for versioned models: the optimistic-locking guard. */
    private static Predicate guard(ModelInfo model, Object canonicalId, Object[] snapshot) {
        Predicate byId = idEquals(model, canonicalId);
        FieldInfo v = model.version();
        if (v == null || snapshot == null) {
            return byId;
        }
        return new Predicate.And(List.of(byId, new Predicate.Compare(v.column(), Predicate.Operator.EQ,
                snapshot[v.index()])));
    }

    private static RuntimeException stale(DatabaseImpl db, ModelInfo model, Object id, Object[] snapshot, String op) {
        boolean exists = new QueryImpl<>(db, model).whereResolved(idEquals(model, id)).exists();
        if (!exists) {
            return new StaleRecordException(model.name() + " with id " + id + " no longer exists: it was deleted"
                    + " since it was loaded; nothing was written");
        }
        return new StaleRecordException(model.name() + " with id " + id + " was changed by someone else since it was"
                + " loaded (expected version " + snapshot[model.version().index()] + "); nothing was written. Reload it"
                + " and " + op + " again");
    }

    static Object convertId(FieldInfo id, Object generated) {
        if (generated == null) {
            throw new Ar4jException("The backend returned no generated id for " + id.qualifiedName());
        }
        Class<?> t = id.javaType();
        if (t == Long.class || t == long.class) {
            return ((Number) generated).longValue();
        }
        if (t == Integer.class || t == int.class) {
            return ((Number) generated).intValue();
        }
        return generated;
    }

    static Object[] snapshot(ModelInfo model, ActiveRecord<?> record) {
        List<FieldInfo> fields = model.fields();
        Object[] snap = new Object[fields.size()];
        for (int i = 0; i < snap.length; i++) {
            snap[i] = fields.get(i).read(record);
        }
        return snap;
    }

    static boolean same(Object a, Object b) {
        if (a instanceof byte[] x && b instanceof byte[] y) {
            return Arrays.equals(x, y);
        }
        return Objects.equals(a, b);
    }

    static List<String> changedFields(ModelInfo model, ActiveRecord<?> record) {
        RecordState st = Records.state(record);
        List<String> changed = new ArrayList<>();
        for (FieldInfo f : model.fields()) {
            if (st.snapshot == null || !same(f.read(record), st.snapshot[f.index()])) {
                changed.add(f.javaName());
            }
        }
        return changed;
    }

    private static Predicate idEquals(ModelInfo model, Object canonicalId) {
        return new Predicate.Compare(model.id().column(), Predicate.Operator.EQ, canonicalId);
    }

    private static void update(DatabaseImpl db, ModelInfo model, ActiveRecord<?> record, RecordState st) {
        Object[] snap = st.snapshot;
        FieldInfo id = model.id();
        Object currentId = id.read(record);
        if (!same(currentId, snap[id.index()])) {
            throw new Ar4jException("The id of a saved " + model.name() + " cannot change (was " + snap[id.index()]
                    + ", now " + currentId + "); create a new record instead");
        }
        Map<String, Object> changes = new LinkedHashMap<>();
        FieldInfo version = model.version();
        for (FieldInfo f : model.fields()) {
            Object v = f.read(record);
            if (f != version && !same(v, snap[f.index()])) {
                changes.put(f.column(), v);
            }
        }
        if (changes.isEmpty()) {
            return;
        }
        Object oldVersion = version == null ? null : version.get(record);
        long n;
        if (version != null) {
            long next = ((Number) snap[version.index()]).longValue() + 1;
            version.set(record, numberOf(version, next));
            changes.put(version.column(), version.read(record));
        }
        n = db.backend().update(new UpdateRows(model.tableSpec(), changes, guard(model, currentId, snap)));
        if (n == 0) {
            if (version != null) {
                version.set(record, oldVersion);
                throw stale(db, model, currentId, snap, "save");
            }
            throw new StaleRecordException(model.name() + " with id " + currentId
                    + " no longer exists: it was deleted since it was loaded; nothing was written");
        }
        st.snapshot = snapshot(model, record);
    }

    static void delete(ActiveRecord<?> record) {
        ModelInfo model = ModelRegistry.of(record.getClass());
        RecordState st = Records.state(record);
        if (!st.persisted) {
            throw new Ar4jException("Cannot delete a " + model.name() + " that was never saved (or is already deleted)");
        }
        DatabaseImpl db = databaseOf(record);
        if (model.hasCascades() || model.hasAfterHooks()) {
            db.atomically(() -> {
                deleteNow(db, model, record, st);
                return null;
            });
        } else {
            deleteNow(db, model, record, st);
        }
        db.clearCaches(record);
    }

    private static void deleteNow(DatabaseImpl db, ModelInfo model, ActiveRecord<?> record, RecordState st) {
        Records.hook(record, Records.BEFORE_DELETE);
        cascade(db, model, record);
        RecordImage before = RecordImage.of(model, record);
        Object id = st.snapshot[model.id().index()];
        long n = db.backend().delete(new DeleteRows(model.tableSpec(), guard(model, id, st.snapshot)));
        if (n == 0) {
            if (model.version() != null) {
                throw stale(db, model, id, st.snapshot, "delete");
            }
            throw new StaleRecordException(model.name() + " with id " + id
                    + " no longer exists: it was deleted since it was loaded");
        }
        st.persisted = false;
        st.snapshot = null;
        db.transactions().touch(before);
        Records.hook(record, Records.AFTER_DELETE);
    }

    private static void cascade(DatabaseImpl db, ModelInfo model, ActiveRecord<?> record) {
        // RESTRICT first, so nothing is deleted when any restriction holds.
        for (RelationInfo r : model.relations().values()) {
            if (r.spec().dependent() == Dependent.RESTRICT) {
                long n = RelationOps.bulkScope(db, r, record).count();
                if (n > 0) {
                    throw new DeleteRestrictedException("Cannot delete " + model.name() + " "
                            + model.id().get(record) + ": relation " + r.name() + " (Dependent.RESTRICT) still has "
                            + n + " record" + (n == 1 ? "" : "s") + "; delete or reassign them first");
                }
            }
        }
        for (RelationInfo r : model.relations().values()) {
            Dependent d = r.spec().dependent();
            if (d == Dependent.NONE || d == Dependent.RESTRICT) {
                continue;
            }
            if (r.kind() == Kind.HAS_MANY_THROUGH) {
                RelationOps.joinRowsOf(db, r, record).deleteAll();
                continue;
            }
            QueryImpl<?> scope = RelationOps.bulkScope(db, r, record);
            switch (d) {
                case DELETE -> {
                    for (Object child : scope.all()) {
                        ((ActiveRecord<?>) child).delete();
                    }
                }
                case DELETE_ALL -> scope.deleteAll();
                case NULLIFY -> {
                    if (r.targetKey().javaType().isPrimitive()) {
                        throw new Ar4jException("Relation " + r.qualifiedName() + " is Dependent.NULLIFY but "
                                + r.targetKey().qualifiedName() + " is primitive and cannot be null");
                    }
                    Map<String, Object> nul = new java.util.HashMap<>();
                    nul.put(r.targetKey().javaName(), null);
                    scope.updateAll(nul);
                }
                default -> throw new IllegalStateException(d.toString());
            }
        }
    }

    static void reload(ActiveRecord<?> record) {
        ModelInfo model = ModelRegistry.of(record.getClass());
        RecordState st = Records.state(record);
        DatabaseImpl db = databaseOf(record);
        Object id = st.snapshot != null ? st.snapshot[model.id().index()] : model.id().read(record);
        if (id == null) {
            throw new RecordNotFoundException("Cannot reload a " + model.name() + " without an id");
        }
        Select s = new Select(model.tableSpec(), model.columns(), idEquals(model, id), List.of(), 1, null, null);
        try (RowCursor c = db.backend().find(s)) {
            if (!c.next()) {
                throw new RecordNotFoundException("No " + model.name() + " with id " + id + " to reload");
            }
            List<FieldInfo> fields = model.fields();
            Object[] snap = new Object[fields.size()];
            for (int i = 0; i < snap.length; i++) {
                snap[i] = c.get(i);
                fields.get(i).write(record, snap[i]);
            }
            st.snapshot = snap;
            st.persisted = true;
            st.db = db;
        }
        db.clearCaches(record);
    }

    static <T extends ActiveRecord<T>> void insertAll(DatabaseImpl explicitDb, Iterable<T> records) {
        Map<Class<?>, List<ActiveRecord<?>>> byModel = new LinkedHashMap<>();
        for (T r : records) {
            Objects.requireNonNull(r, "insertAll got a null record");
            if (Records.state(r).persisted) {
                throw new Ar4jException("insertAll got a " + r.getClass().getSimpleName()
                        + " that is already saved; insertAll only inserts new records");
            }
            byModel.computeIfAbsent(r.getClass(), c -> new ArrayList<>()).add(r);
        }
        for (Map.Entry<Class<?>, List<ActiveRecord<?>>> e : byModel.entrySet()) {
            ModelInfo model = ModelRegistry.of(e.getKey());
            DatabaseImpl db = explicitDb != null ? explicitDb : EngineImpl.INSTANCE.databaseFor(e.getKey());
            List<ActiveRecord<?>> list = e.getValue();
            for (ActiveRecord<?> r : list) {
                validate(model, r);
            }
            db.atomically(() -> {
                insertBatch(db, model, list);
                return null;
            });
        }
    }

    /**
     * Hooks, then one insert per column shape, then after-hooks. A record counts as written once its
     * row is stored; when something fails, the records not written are put back at once, and the
     * written ones follow the transaction (restored if it rolls back, kept where nothing rolls back).
     */
    private static void insertBatch(DatabaseImpl db, ModelInfo model, List<ActiveRecord<?>> list) {
        Map<ActiveRecord<?>, RecordImage> before = new IdentityHashMap<>();
        for (ActiveRecord<?> r : list) {
            before.put(r, RecordImage.of(model, r));
        }
        try {
            for (ActiveRecord<?> r : list) {
                Records.hook(r, Records.BEFORE_SAVE);
                Records.hook(r, Records.BEFORE_CREATE);
                initVersion(model, r);
            }
            // Records with and without an assigned id need different column lists.
            List<ActiveRecord<?>> generated = new ArrayList<>();
            List<ActiveRecord<?>> assigned = new ArrayList<>();
            for (ActiveRecord<?> r : list) {
                (isUnsetGeneratedId(model.id(), model.id().get(r)) ? generated : assigned).add(r);
            }
            insertGroup(db, model, generated, true, before);
            insertGroup(db, model, assigned, false, before);
            for (ActiveRecord<?> r : list) {
                Records.hook(r, Records.AFTER_CREATE);
                Records.hook(r, Records.AFTER_SAVE);
            }
        } catch (RuntimeException | Error e) {
            for (ActiveRecord<?> r : list) {
                if (!Records.state(r).persisted) {
                    before.get(r).restore();
                }
            }
            throw e;
        }
    }

    private static void insertGroup(DatabaseImpl db, ModelInfo model, List<ActiveRecord<?>> group, boolean generate,
                                    Map<ActiveRecord<?>, RecordImage> before) {
        if (group.isEmpty()) {
            return;
        }
        List<String> cols = new ArrayList<>();
        List<FieldInfo> used = new ArrayList<>();
        for (FieldInfo f : model.fields()) {
            if (f.isId() && generate) {
                continue;
            }
            cols.add(f.column());
            used.add(f);
        }
        List<Object[]> rows = new ArrayList<>(group.size());
        for (ActiveRecord<?> r : group) {
            Object[] row = new Object[used.size()];
            for (int i = 0; i < row.length; i++) {
                row[i] = used.get(i).read(r);
                if (used.get(i).isId() && row[i] == null) {
                    throw new ValidationException(model.name(), List.of(new Errors.Error(used.get(i).javaName(),
                            "must be assigned before insert")));
                }
            }
            rows.add(row);
        }
        List<Object> ids;
        try {
            ids = db.backend().insert(new InsertRows(model.tableSpec(), cols, rows));
        } catch (PartialInsertException e) {
            written(db, model, group.subList(0, e.insertedKeys().size()), e.insertedKeys(), generate, before);
            throw e.getCause() instanceof BackendException cause ? cause : e;
        }
        written(db, model, group, ids, generate, before);
    }

    /** Marks records whose rows are stored: ids, state, and the image a rollback would restore. */
    private static void written(DatabaseImpl db, ModelInfo model, List<ActiveRecord<?>> records, List<Object> ids,
                                boolean generate, Map<ActiveRecord<?>, RecordImage> before) {
        for (int i = 0; i < records.size(); i++) {
            ActiveRecord<?> r = records.get(i);
            if (generate) {
                model.id().set(r, convertId(model.id(), ids.get(i)));
            }
            RecordState st = Records.state(r);
            st.db = db;
            st.persisted = true;
            st.snapshot = snapshot(model, r);
            db.transactions().touch(before.get(r));
        }
    }
}
