package org.ar4j.core.internal.meta;

import java.lang.reflect.Field;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import org.ar4j.QueryException;
import org.ar4j.SoftDelete;
import org.ar4j.query.Predicate;
import org.ar4j.spi.Filter;

/**
 * A model's {@link SoftDelete} field: a timestamp (null while the record lives) or a flag (false while it lives).
 * Its "lives" filter is the model's {@code softDelete} default scope; the persister writes its mark.
 */
public final class SoftDeleteField {
    /** The scope name under which the mark filters reads. */
    public static final String SCOPE = "softDelete";
    private static final Set<Class<?>> TIMES = Set.of(Instant.class, OffsetDateTime.class, LocalDateTime.class);
    private static final Set<Class<?>> TYPES = Set.of(Instant.class, OffsetDateTime.class, LocalDateTime.class,
            boolean.class, Boolean.class);

    private final FieldInfo field;
    private final boolean timestamp;
    private final Filter lives;
    private final Filter deleted;
    private final Object markedCanonical;

    private SoftDeleteField(FieldInfo field, boolean timestamp) {
        this.field = field;
        this.timestamp = timestamp;
        this.lives = timestamp ? new Filter.IsNull(field.column(), false)
                : new Filter.Compare(field.column(), Predicate.Operator.EQ, Values.toCanonical(field, Boolean.FALSE));
        this.markedCanonical = timestamp ? null : Values.toCanonical(field, Boolean.TRUE);
        this.deleted = timestamp ? new Filter.IsNull(field.column(), true)
                : new Filter.Compare(field.column(), Predicate.Operator.EQ, markedCanonical);
    }

    /** The annotated field among a model's mapped fields (paired by position with their FieldInfos), or null. */
    static SoftDeleteField of(String model, List<Field> mapped, List<FieldInfo> infos) {
        FieldInfo f = MarkedFields.one(model, mapped, infos, SoftDelete.class);
        MarkedFields.typed(model, f, SoftDelete.class, TYPES, "make it an Instant, OffsetDateTime or LocalDateTime"
                + " (when it was deleted) or a boolean");
        MarkedFields.ownField(model, f, SoftDelete.class);
        return f == null ? null : new SoftDeleteField(f, TIMES.contains(f.javaType()));
    }

    /** A model's soft-delete field; a {@link QueryException} naming {@code operation} on a model without one. */
    public static SoftDeleteField require(ModelInfo model, String operation) {
        SoftDeleteField mark = model.softDelete();
        if (mark == null) {
            throw new QueryException(operation + " on " + model.name() + ": it has no @SoftDelete field, so its rows are"
                    + " deleted, not marked; annotate a deletedAt (Instant) or deleted (boolean) field with @SoftDelete");
        }
        return mark;
    }

    /** The field. */
    public FieldInfo field() {
        return field;
    }

    /** "The record lives": the default scope's filter. */
    public Filter lives() {
        return lives;
    }

    /** "The record is marked deleted". */
    public Filter deleted() {
        return deleted;
    }

    /** Whether a stored (canonical) value of the field is the mark. */
    public boolean markedStored(Object canonical) {
        return timestamp ? canonical != null : canonical != null && canonical.equals(markedCanonical);
    }

    /** The Java value that marks a record deleted now. */
    public Object mark(Clock clock) {
        return timestamp ? Timestamps.now(field, clock) : Boolean.TRUE;
    }

    /** The Java value of a record that lives. */
    public Object unmarked() {
        return timestamp ? null : Boolean.FALSE;
    }

    /** Before an insert: a null flag becomes false, so the row is read by the scope. */
    public void onInsert(Object record) {
        if (!timestamp && field.javaValue(record) == null) {
            field.setJavaValue(record, Boolean.FALSE);
        }
    }
}
