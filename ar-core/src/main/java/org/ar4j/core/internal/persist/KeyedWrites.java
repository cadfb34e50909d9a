package org.ar4j.core.internal.persist;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

import org.ar4j.Ar4jException;
import org.ar4j.SchemaMismatchException;
import org.ar4j.StaleRecordException;
import org.ar4j.ActiveRecord;
import org.ar4j.core.internal.meta.Conditions;
import org.ar4j.core.internal.meta.FieldInfo;
import org.ar4j.core.internal.meta.ModelInfo;
import org.ar4j.core.internal.meta.SoftDeleteField;
import org.ar4j.core.internal.session.RecordImage;
import org.ar4j.core.internal.session.RecordState;
import org.ar4j.core.internal.session.Session;
import org.ar4j.schema.SchemaProblem;
import org.ar4j.schema.SchemaReport;
import org.ar4j.spi.Filter;
import org.ar4j.spi.UpdateRows;

/**
 * Writes of one stored record by its key: the guard against a key that names several rows, the "stale" answer
 * when no row matched, and the soft-delete mark and its removal (one field written, the record's other changes
 * left pending).
 */
final class KeyedWrites {
    private final Session session;
    private final Scopes scopes;

    KeyedWrites(Session session, Scopes scopes) {
        this.session = session;
        this.scopes = scopes;
    }

    /**
     * Runs a write by id. Where the database is not known to keep the id column unique, it runs atomically and a
     * write that touched more than one row is rolled back and refused, naming the model and its id column.
     */
    long byId(ModelInfo model, Object id, String op, LongSupplier write) {
        if (session.checks().ids().unique(model.tableSpec(), session.transactions().inAnyTransaction())) {
            return write.getAsLong();
        }
        return session.transactions().atomically(() -> {
            long n = write.getAsLong();
            if (n > 1) {
                String cols = String.join(", ", model.key().columns());
                throw new SchemaMismatchException(new SchemaReport(session.backendName(), List.of(new SchemaProblem(
                        SchemaProblem.Kind.ID_NOT_UNIQUE, model.name(), model.key().fields().get(0).javaName(),
                        model.tableSpec().name(), op + " of the " + model.name() + " with id " + model.key().describe(id)
                                + " touched " + n + " rows, so it was rolled back: (" + cols + ") has no primary key or"
                                + " unique constraint, so an id does not name one row", "map the table's real key with"
                                + " @Id, or add a primary key or unique constraint on (" + cols + ")"))));
            }
            return n;
        });
    }

    /** Why a write by key matched no row: the row is gone, or (with a version) someone changed it. */
    RuntimeException stale(ModelInfo model, Object id, Object loadedVersion, String op) {
        String shown = model.key().describe(id);
        if (model.version() == null || !scopes.over(model).unscoped().whereResolved(Writes.idEquals(model, id)).exists()) {
            return new StaleRecordException(model.name() + " with id " + shown + " no longer exists: it was deleted"
                    + " since it was loaded; nothing was written");
        }
        return new StaleRecordException(model.name() + " with id " + shown + " was changed by someone else since it was"
                + " loaded (expected version " + loadedVersion + "); nothing was written. Reload it"
                + " and " + op + " again");
    }

    /** Whether the record's stored row, as last loaded or saved, holds the soft-delete mark. */
    static boolean loadedMarked(SoftDeleteField mark, RecordState st) {
        return mark.markedStored(st.loaded(mark.field().index()));
    }

    /** Refuses a record whose loaded row is not (or, with {@code marked} false, is) marked deleted. */
    static void requireMarked(ModelInfo model, RecordState st, boolean marked) {
        SoftDeleteField mark = model.softDelete();
        if (loadedMarked(mark, st) != marked) {
            throw new Ar4jException(model.name() + " " + model.key().describe(model.key().of(st::loaded)) + (marked
                    ? " is not marked deleted (" + mark.field().qualifiedName() + "), so there is nothing to restore"
                    : " is already marked deleted (" + mark.field().qualifiedName() + "); forceDelete() removes its row"));
        }
    }

    /**
     * Sets the soft-delete mark ({@code marking}) or clears it, writing only that field, {@code @UpdatedAt},
     * {@code @UpdatedBy} and {@code @Version}, guarded by the key, the loaded version and the row's current mark. On
     * failure the fields are put back; on success only they become the loaded values. The caller hands the image to
     * the transaction.
     */
    void mark(ModelInfo model, ActiveRecord<?> record, RecordState st, RecordImage before, boolean marking) {
        SoftDeleteField mark = model.softDelete();
        String op = marking ? "delete()" : "restore()";
        requireMarked(model, st, !marking);
        Object id = model.key().of(st::loaded);
        FieldInfo version = model.version();
        Object loadedVersion = version == null ? null : st.loaded(version.index());
        List<FieldInfo> written = new ArrayList<>(4);
        Map<String, Object> cols = new LinkedHashMap<>();
        try {   // every field set in here is put back by the image if anything fails, the stamps' resolvers included
            mark.field().setJavaValue(record, marking ? mark.mark(session.clock()) : mark.unmarked());
            written.add(mark.field());
            written.addAll(Writes.onUpdate(model, record, session));
            if (version != null) {
                version.setJavaValue(record, Writes.numberOf(version, ((Number) loadedVersion).longValue() + 1));
                written.add(version);
            }
            written.forEach(f -> cols.put(f.column(), f.storedValue(record)));
            Filter where = Conditions.and(Writes.guard(model, id, loadedVersion), marking ? mark.lives() : mark.deleted());
            long n = byId(model, id, op, () -> session.backend().write(new UpdateRows(model.tableSpec(), cols, where)));
            if (n == 0) {
                throw stale(model, id, loadedVersion, marking ? "delete" : "restore");
            }
        } catch (RuntimeException | Error e) {
            before.restore();
            throw e;
        }
        written.forEach(f -> st.wroteField(f, record));
    }
}
