package org.ar4j.core.internal.meta;

import java.lang.reflect.Field;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import org.ar4j.CreatedAt;
import org.ar4j.UpdatedAt;

/**
 * A model's {@link CreatedAt} and {@link UpdatedAt} fields, set from the database's clock by writes. Callers
 * take the record's image before calling, so a failed or rolled-back write puts the fields back.
 */
public final class Timestamps {
    /** A model without timestamp fields. */
    static final Timestamps NONE = new Timestamps(null, null);
    private static final Set<Class<?>> TYPES = Set.of(Instant.class, OffsetDateTime.class, LocalDateTime.class);

    private final FieldInfo created;
    private final FieldInfo updated;

    private Timestamps(FieldInfo created, FieldInfo updated) {
        this.created = created;
        this.updated = updated;
    }

    /** The annotated fields among a model's mapped fields (paired by position with their FieldInfos). */
    static Timestamps of(String model, List<Field> mapped, List<FieldInfo> infos) {
        FieldInfo created = MarkedFields.one(model, mapped, infos, CreatedAt.class);
        FieldInfo updated = MarkedFields.one(model, mapped, infos, UpdatedAt.class);
        MarkedFields.apart(model, created, updated, CreatedAt.class, UpdatedAt.class);
        String fix = "make it an Instant, OffsetDateTime or LocalDateTime";
        MarkedFields.typed(model, created, CreatedAt.class, TYPES, fix);
        MarkedFields.typed(model, updated, UpdatedAt.class, TYPES, fix);
        return created == null && updated == null ? NONE : new Timestamps(created, updated);
    }

    /** Whether the model has any timestamp field. */
    public boolean any() {
        return created != null || updated != null;
    }

    /** The @CreatedAt field, or null: upserts keep its stored value when they write over a row. */
    public FieldInfo created() {
        return created;
    }

    /** The @UpdatedAt field, or null. */
    public FieldInfo updated() {
        return updated;
    }

    /** Before an insert: each timestamp field still null gets the clock's time (both the same instant). */
    public void onInsert(Object record, Clock clock) {
        if (!any()) {
            return;
        }
        Instant now = clock.instant();
        if (created != null && created.javaValue(record) == null) {
            created.setJavaValue(record, value(created, now, clock));
        }
        if (updated != null && updated.javaValue(record) == null) {
            updated.setJavaValue(record, value(updated, now, clock));
        }
    }

    /** Before an update that writes changes: the @UpdatedAt field gets the clock's time. */
    public void onUpdate(Object record, Clock clock) {
        if (updated != null) {
            updated.setJavaValue(record, value(updated, clock.instant(), clock));
        }
    }

    /** The @UpdatedAt field's canonical value for now (bulk updates), or null when there is none. */
    public Object updatedNow(Clock clock) {
        return updated == null ? null : Values.toCanonical(updated, value(updated, clock.instant(), clock));
    }

    /** A time field's Java value for the clock's now, at the precision timestamps keep. */
    static Object now(FieldInfo f, Clock clock) {
        return value(f, clock.instant(), clock);
    }

    private static Object value(FieldInfo f, Instant now, Clock clock) {
        Instant micros = now.truncatedTo(ChronoUnit.MICROS);
        if (f.javaType() == OffsetDateTime.class) {
            return OffsetDateTime.ofInstant(micros, ZoneOffset.UTC);
        }
        if (f.javaType() == LocalDateTime.class) {
            return LocalDateTime.ofInstant(micros, clock.getZone());
        }
        return micros;
    }
}
