package org.ar4j.core.internal.meta;

import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Set;

import org.ar4j.ModelDefinitionException;

/**
 * Finds the field a model marks with a one-per-model annotation ({@code @CreatedAt}, {@code @SoftDelete},
 * {@code @TenantId}, ...) among its mapped fields (paired by position with their FieldInfos), with the definition
 * errors they share: two such fields, one field with two roles, a type the role cannot take.
 */
final class MarkedFields {
    private MarkedFields() {
    }

    /** The one field marked with {@code a}, or null; a second one is refused naming both. */
    static FieldInfo one(String model, List<Field> mapped, List<FieldInfo> infos, Class<? extends Annotation> a) {
        FieldInfo found = null;
        for (int i = 0; i < mapped.size(); i++) {
            if (mapped.get(i).isAnnotationPresent(a)) {
                if (found != null) {
                    throw new ModelDefinitionException(model + " has two @" + a.getSimpleName() + " fields, "
                            + found.javaName() + " and " + mapped.get(i).getName() + ": keep one");
                }
                found = infos.get(i);
            }
        }
        return found;
    }

    /** Refuses one field marked with both {@code a} and {@code b}. */
    static void apart(String model, FieldInfo x, FieldInfo y, Class<? extends Annotation> a, Class<? extends Annotation> b) {
        if (x != null && x == y) {
            throw new ModelDefinitionException(model + "." + x.javaName() + " is both @" + a.getSimpleName() + " and @"
                    + b.getSimpleName() + ": use two fields");
        }
    }

    /** Refuses a marked field whose Java type is not one of {@code types}, saying what it should be. */
    static void typed(String model, FieldInfo f, Class<? extends Annotation> a, Set<Class<?>> types, String fix) {
        if (f != null && !types.contains(f.javaType())) {
            throw new ModelDefinitionException(model + "." + f.javaName() + " is @" + a.getSimpleName() + " but a "
                    + f.javaType().getSimpleName() + ": " + fix);
        }
    }

    /** Refuses a marked field that is also the key or the version. */
    static void ownField(String model, FieldInfo f, Class<? extends Annotation> a) {
        if (f != null && (f.isId() || f.isVersion())) {
            throw new ModelDefinitionException(model + "." + f.javaName() + " is @" + a.getSimpleName() + " and the "
                    + (f.isId() ? "@Id" : "@Version") + "; give it a field of its own");
        }
    }
}
