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
        TenantField found = null;
        for (int i = 0; i < mapped.size(); i++) {
            Field f = mapped.get(i);
            if (!f.isAnnotationPresent(TenantId.class)) {
                continue;
            }
            FieldInfo info = infos.get(i);
            if (!TYPES.contains(f.getType()) || info.converted()) {
                throw new ModelDefinitionException(model + "." + f.getName() + " is @TenantId but a "
                        + f.getType().getSimpleName() + (info.converted() ? " with a converter" : "") + ": make it a"
                        + " String, Long, Integer or UUID stored as is");
            }
            if (info.isId() || info.isVersion()) {
                throw new ModelDefinitionException(model + "." + f.getName() + " is @TenantId and the "
                        + (info.isId() ? "@Id" : "@Version") + "; give the tenant a field of its own");
            }
            if (found != null) {
                throw new ModelDefinitionException(model + " has two @TenantId fields, " + found.field.javaName() + " and "
                        + f.getName() + ": keep one");
            }
            found = new TenantField(info);
        }
        return found;
    }

    /** The field. */
    public FieldInfo field() {
        return field;
    }
}
