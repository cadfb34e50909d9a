package org.ar4j.core.internal.persist;

import java.util.ArrayList;
import java.util.List;

import org.ar4j.ActiveRecord;
import org.ar4j.Ar4jException;
import org.ar4j.Errors;
import org.ar4j.ValidationException;
import org.ar4j.core.internal.meta.FieldInfo;
import org.ar4j.core.internal.meta.Hierarchy;
import org.ar4j.core.internal.meta.ModelInfo;
import org.ar4j.core.internal.session.RecordState;
import org.ar4j.core.internal.session.Records;
import org.ar4j.core.internal.session.Session;
import org.ar4j.query.Predicate;
import org.ar4j.spi.Filter;

/** What every write needs to know of a record: ids, versions, snapshots, and the optimistic-locking guard. */
public final class Writes {
    private Writes() {
    }

    /** Whether the id is one the backend should generate (a null, or a primitive 0). */
    static boolean isUnsetGeneratedId(FieldInfo id, Object javaValue) {
        if (!id.isGenerated()) {
            return false;
        }
        return javaValue == null || (id.javaType().isPrimitive() && ((Number) javaValue).longValue() == 0L);
    }

    /**
     * An id given explicitly as 0 where the backend generates ids is refused on every backend alike: some
     * databases take 0 as "generate one" (so the record would say 0 while its row is stored under another id).
     */
    static void refuseZeroId(ModelInfo model, FieldInfo f, Object storedValue) {
        if (f.isId() && f.isGenerated() && storedValue instanceof Number n && !(n instanceof java.math.BigDecimal)
                && n.longValue() == 0L && !f.javaType().isPrimitive()) {
            throw new ValidationException(model.name(), List.of(new Errors.Error(f.javaName(), "is 0, which ar4j does"
                    + " not store as a generated id (some databases would generate another one instead): leave it null"
                    + " to have one generated, or give a non-zero id")));
        }
    }

    /** Sets the discriminator of a record in a single-table hierarchy to its class's stored name. */
    static void stampType(ModelInfo model, ActiveRecord<?> record) {
        Hierarchy h = model.hierarchy();
        if (h != null) {
            h.discriminator().setJavaValue(record, h.nameOf(model));
        }
    }

    /** A new record's version starts at 1. */
    static void initVersion(ModelInfo model, ActiveRecord<?> record) {
        FieldInfo v = model.version();
        if (v != null) {
            Object cur = v.javaValue(record);
            if (cur == null || ((Number) cur).longValue() == 0L) {
                v.setJavaValue(record, numberOf(v, 1L));
            }
        }
    }

    static Object numberOf(FieldInfo f, long value) {
        return f.javaType() == int.class || f.javaType() == Integer.class ? (Object) (int) value : (Object) value;
    }

    /** A generated key as the id field's type. */
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

    /** The written fields of a batch: every field, but the id where the backend generates it. */
    static List<FieldInfo> writtenFields(ModelInfo model, boolean generate) {
        List<FieldInfo> used = new ArrayList<>();
        for (FieldInfo f : model.fields()) {
            if (!(f.isId() && generate)) {
                used.add(f);
            }
        }
        return used;
    }

    /** The stored values of records for those fields; a given id that is null is refused ("before {@code op}"). */
    static List<Object[]> rows(ModelInfo model, List<ActiveRecord<?>> group, List<FieldInfo> used, String op) {
        List<Object[]> rows = new ArrayList<>(group.size());
        for (ActiveRecord<?> r : group) {
            Object[] row = new Object[used.size()];
            for (int i = 0; i < row.length; i++) {
                row[i] = used.get(i).storedValue(r);
                if (used.get(i).isId() && row[i] == null) {
                    throw new ValidationException(model.name(), List.of(new Errors.Error(used.get(i).javaName(),
                            "must be assigned before " + op)));
                }
                refuseZeroId(model, used.get(i), row[i]);
            }
            rows.add(row);
        }
        return rows;
    }

    /** The values of records about to be inserted, checked before the first statement (see StatementChecks.values). */
    static void checkValues(Session session, ModelInfo model, List<ActiveRecord<?>> records) {
        List<FieldInfo> fields = model.fields();
        List<Object[]> rows = new ArrayList<>(records.size());
        for (ActiveRecord<?> r : records) {
            Object[] row = new Object[fields.size()];
            for (int i = 0; i < row.length; i++) {
                row[i] = fields.get(i).storedValue(r);
                refuseZeroId(model, fields.get(i), row[i]);
            }
            rows.add(row);
        }
        session.checks().values(model.tableSpec(), model.columns(), rows);
    }

    /** The fields (Java names) whose value differs from the snapshot; every field of a new record. */
    public static List<String> changedFields(ModelInfo model, ActiveRecord<?> record) {
        RecordState st = Records.state(record);
        boolean persisted = st.isPersisted();
        List<String> changed = new ArrayList<>();
        for (FieldInfo f : model.fields()) {
            if (!persisted || !f.sameStored(f.storedValue(record), st.loaded(f.index()))) {
                changed.add(f.javaName());
            }
        }
        return changed;
    }

    static Filter idEquals(ModelInfo model, Object canonicalId) {
        return model.key().equalTo(canonicalId);
    }

    /**
     * Before an update that writes: the {@code @UpdatedAt} field gets the clock's time and the {@code @UpdatedBy} field
     * the current auditor (when there is one). The fields set, for the update to write; empty for a model without.
     */
    static List<FieldInfo> onUpdate(ModelInfo model, Object record, Session session) {
        FieldInfo updated = model.timestamps().updated();
        FieldInfo by = model.auditing().updatedBy();
        if (updated == null && by == null) {
            return List.of();
        }
        List<FieldInfo> set = new ArrayList<>(2);
        if (updated != null) {
            model.timestamps().onUpdate(record, session.clock());
            set.add(updated);
        }
        if (by != null && model.auditing().onUpdate(record, session.auditor())) {
            set.add(by);
        }
        return set;
    }

    /**
     * Before an insert: timestamps still null get the clock's time, auditing fields the current auditor, a null
     * soft-delete flag becomes false.
     */
    static void onInsert(ModelInfo model, Object record, Session session) {
        if (model.tenant() != null) {
            session.tenancy().assign(model, (ActiveRecord<?>) record);
        }
        model.timestamps().onInsert(record, session.clock());
        if (model.auditing().any()) {
            model.auditing().onInsert(record, session.auditor());
        }
        if (model.softDelete() != null) {
            model.softDelete().onInsert(record);
        }
    }

    /** {@code id = ?} (each part of a composite key), plus {@code version = ?} when versioned: the optimistic-locking guard. */
    static Filter guard(ModelInfo model, Object canonicalId, Object loadedVersion) {
        Filter byId = idEquals(model, canonicalId);
        FieldInfo v = model.version();
        if (v == null) {
            return byId;
        }
        return new Filter.And(List.of(byId, new Filter.Compare(v.column(), Predicate.Operator.EQ, loadedVersion)));
    }
}
