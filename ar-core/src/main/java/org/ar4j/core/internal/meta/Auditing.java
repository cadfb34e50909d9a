package org.ar4j.core.internal.meta;

import java.lang.reflect.Field;
import java.util.List;

import org.ar4j.Ar4jException;
import org.ar4j.AuditorResolver;
import org.ar4j.ConfigurationException;
import org.ar4j.CreatedBy;
import org.ar4j.UpdatedBy;

/**
 * A model's {@link CreatedBy} and {@link UpdatedBy} fields, set from the database's {@link AuditorResolver} by
 * writes. As with {@link Timestamps}, callers take the record's image first, so a failed write puts them back.
 */
public final class Auditing {
    /** A model without auditing fields. */
    static final Auditing NONE = new Auditing(null, null);

    private final FieldInfo createdBy;
    private final FieldInfo updatedBy;

    private Auditing(FieldInfo createdBy, FieldInfo updatedBy) {
        this.createdBy = createdBy;
        this.updatedBy = updatedBy;
    }

    /** The annotated fields among a model's mapped fields (paired by position with their FieldInfos). */
    static Auditing of(String model, List<Field> mapped, List<FieldInfo> infos) {
        FieldInfo created = MarkedFields.one(model, mapped, infos, CreatedBy.class);
        FieldInfo updated = MarkedFields.one(model, mapped, infos, UpdatedBy.class);
        MarkedFields.apart(model, created, updated, CreatedBy.class, UpdatedBy.class);
        MarkedFields.ownField(model, created, CreatedBy.class);
        MarkedFields.ownField(model, updated, UpdatedBy.class);
        return created == null && updated == null ? NONE : new Auditing(created, updated);
    }

    /** Whether the model has any auditing field. */
    public boolean any() {
        return createdBy != null || updatedBy != null;
    }

    /** The @CreatedBy field, or null. */
    public FieldInfo createdBy() {
        return createdBy;
    }

    /** The @UpdatedBy field, or null. */
    public FieldInfo updatedBy() {
        return updatedBy;
    }

    /** Before an insert: each auditing field still null gets the current auditor. */
    public void onInsert(Object record, AuditorResolver resolver) {
        Object who = any() ? current(resolver) : null;
        if (who == null) {
            return;
        }
        if (createdBy != null && createdBy.javaValue(record) == null) {
            createdBy.setJavaValue(record, as(createdBy, who));
        }
        if (updatedBy != null && updatedBy.javaValue(record) == null) {
            updatedBy.setJavaValue(record, as(updatedBy, who));
        }
    }

    /** Before an update that writes changes: the @UpdatedBy field gets the current auditor; true when it was set. */
    public boolean onUpdate(Object record, AuditorResolver resolver) {
        Object who = updatedBy == null ? null : current(resolver);
        if (who != null) {
            updatedBy.setJavaValue(record, as(updatedBy, who));
        }
        return who != null;
    }

    /** The @UpdatedBy field's canonical value for a bulk update now, or null when none is set. */
    public Object updatedNow(AuditorResolver resolver) {
        Object who = updatedBy == null ? null : current(resolver);
        return who == null ? null : Values.toCanonical(updatedBy, as(updatedBy, who));
    }

    private static Object current(AuditorResolver resolver) {
        return resolver == null ? null : resolver.currentAuditor();
    }

    private static Object as(FieldInfo f, Object who) {
        try {
            return f.fromStored(Values.coerce(f, who));
        } catch (Ar4jException e) {
            throw new ConfigurationException("The AuditorResolver gave " + who + " (" + who.getClass().getSimpleName()
                    + ") for " + f.qualifiedName() + ", a " + f.javaType().getSimpleName() + ": " + e.getMessage()
                    + "; make the resolver return the field's type, or change the field's type");
        }
    }
}
