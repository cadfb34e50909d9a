package org.ar4j.core.internal.query;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ar4j.Capability;
import org.ar4j.QueryException;
import org.ar4j.core.internal.meta.FieldInfo;
import org.ar4j.core.internal.meta.FieldValues;
import org.ar4j.core.internal.meta.SoftDeleteField;
import org.ar4j.core.internal.meta.Values;
import org.ar4j.core.internal.session.Session;
import org.ar4j.query.FieldValue;
import org.ar4j.spi.ColumnRef;
import org.ar4j.spi.DeleteRows;
import org.ar4j.spi.Filter;
import org.ar4j.spi.UpdateRows;

/** A query's bulk writes: one statement each, conditions only, no hooks. */
final class QueryWrites {
    private final Session db;
    private final QuerySpec q;

    QueryWrites(Session db, QuerySpec q) {
        this.db = db;
        this.q = q;
    }

    private void requireBulkShape(String op) {
        q.model().requireWritable(op);
        if (q.limit() != null || q.offset() != null || !q.order().isEmpty()) {
            throw new QueryException(op + " on " + q.model().name() + " takes conditions only, not orderBy, limit or offset;"
                    + " select the ids first if you need them");
        }
    }

    long updateAll(Map<String, ?> values) {
        requireBulkShape("updateAll");
        if (values == null || values.isEmpty()) {
            throw new QueryException("updateAll on " + q.model().name() + " needs at least one field to set");
        }
        Map<String, Object> cols = new LinkedHashMap<>();
        for (Map.Entry<String, ?> e : values.entrySet()) {
            FieldInfo f = q.model().field(e.getKey());
            if (f.isId()) {
                throw new QueryException("updateAll cannot change the id of " + q.model().name());
            }
            if (f.isVersion()) {
                throw new QueryException("updateAll cannot set " + f.qualifiedName() + ": it is the @Version of "
                        + q.model().name() + ", which updateAll increments on every row it changes; leave it out");
            }
            if (f == q.model().timestamps().created()) {
                throw new QueryException("updateAll cannot set " + f.qualifiedName() + ": it is the @CreatedAt of "
                        + q.model().name() + ", set once when a row is inserted and never changed; leave it out (or drop"
                        + " @CreatedAt to manage the field yourself)");
            }
            cols.put(f.column(), e.getValue() instanceof FieldValue v ? FieldValues.assigned(q.model(), f, v)
                    : Values.coerce(f, e.getValue()));
        }
        return computed(cols).set(cols);
    }

    /**
     * The writes that run this update: refused when a value read from another field needs a capability the backend
     * lacks, or reads a field the update sets; restricted to rows where each field changed by plus/minus has a value
     * (a null stays null and the row is left out, the same on every backend).
     */
    private QueryWrites computed(Map<String, Object> cols) {
        FieldValues.readsNothingItSets(q.model(), cols);
        QuerySpec spec = q;
        for (Map.Entry<String, Object> e : cols.entrySet()) {
            if (e.getValue() instanceof ColumnRef ref) {
                if (!ref.column().equals(e.getKey())) {
                    db.backend().require(Capability.FIELD_TO_FIELD_UPDATES, "updateAll setting a field from another field");
                }
                if (ref.delta() != null) {
                    spec = spec.withWhere(new Filter.IsNull(ref.column(), true));
                }
            }
        }
        return spec == q ? this : new QueryWrites(db, spec);
    }

    /** Sets columns on the matching rows, with the @UpdatedAt time and the @Version increment. */
    private long set(Map<String, Object> columns) {
        Map<String, Object> cols = new LinkedHashMap<>(columns);
        FieldInfo by = q.model().auditing().updatedBy();
        if (by != null && !cols.containsKey(by.column())) {
            Object who = q.model().auditing().updatedNow(db.auditor());
            if (who != null) {
                cols.put(by.column(), who);
            }
        }
        FieldInfo updated = q.model().timestamps().updated();
        if (updated != null && !cols.containsKey(updated.column())) {
            cols.put(updated.column(), q.model().timestamps().updatedNow(db.clock()));
        }
        FieldInfo version = q.model().version();
        return db.backend().write(new UpdateRows(q.model().tableSpec(), cols, q.condition(),
                version == null ? List.of() : List.of(version.column())));
    }

    /** Deletes the matching rows; on a model with a soft-delete field, unless {@code force}, marks them instead. */
    long deleteAll(boolean force) {
        requireBulkShape(force ? "forceDeleteAll" : "deleteAll");
        SoftDeleteField mark = q.model().softDelete();
        if (force || mark == null) {
            return db.backend().write(new DeleteRows(q.model().tableSpec(), q.condition()));
        }
        // rows already marked keep the time they were deleted
        boolean live = q.where().stream().anyMatch(f -> f == mark.lives());   // unless withDeleted() lifted it
        return new QueryWrites(db, live ? q : q.withWhere(mark.lives())).set(Map.of(mark.field().column(),
                Values.coerce(mark.field(), mark.mark(db.clock()))));
    }
}
