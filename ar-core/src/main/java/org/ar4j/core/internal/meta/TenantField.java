package org.ar4j.core.internal.meta;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.ar4j.ModelDefinitionException;
import org.ar4j.TenantId;

/** A model's {@link TenantId} field: a String, Long, Integer or UUID stored as is (no converter). */
public final class TenantField {
    private static final Set<Class<?>> TYPES = Set.of(String.class, Long.class, Integer.class, UUID.class);

    private final FieldInfo field;

    private TenantField(FieldInfo field) {
        this.field = field;
    }

    /** The annotated field among a model's mapped fields (paired by position with their FieldInfos), or null. */
    static TenantField of(String model, List<Field> mapped, List<FieldInfo> infos) {
        FieldInfo f = MarkedFields.one(model, mapped, infos, TenantId.class);
        MarkedFields.typed(model, f, TenantId.class, TYPES, "make it a String, Long, Integer or UUID");
        if (f != null && f.converted()) {
            throw new ModelDefinitionException(model + "." + f.javaName() + " is @TenantId with a converter: store the"
                    + " tenant as it is");
        }
        MarkedFields.ownField(model, f, TenantId.class);
        return f == null ? null : new TenantField(f);
    }

    /** The field. */
    public FieldInfo field() {
        return field;
    }
}
