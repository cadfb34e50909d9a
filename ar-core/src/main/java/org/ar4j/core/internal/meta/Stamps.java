package org.ar4j.core.internal.meta;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.ar4j.query.DefaultScope;

/**
 * What a model's writes assign and its reads filter by, read from its annotations once: timestamps, auditing fields,
 * the soft-delete mark with the default scopes, and the list of fields writes assign besides id and version (what a
 * record's image keeps, so a failed write can put them back).
 *
 * @param timestamps the {@code @CreatedAt}/{@code @UpdatedAt} fields
 * @param auditing the {@code @CreatedBy}/{@code @UpdatedBy} fields
 * @param scopes the default scopes and the soft-delete mark, resolved on first need
 * @param assigned the fields writes assign besides id and version
 * @param tenant the {@code @TenantId} field, or null
 */
record Stamps(Timestamps timestamps, Auditing auditing, ModelScopes.Lazy scopes, List<FieldInfo> assigned,
              TenantField tenant) {

    static Stamps of(String model, List<Field> mapped, List<FieldInfo> infos, Map<String, DefaultScope<?>> scopes) {
        Timestamps t = Timestamps.of(model, mapped, infos);
        Auditing a = Auditing.of(model, mapped, infos);
        SoftDeleteField mark = SoftDeleteField.of(model, mapped, infos);
        TenantField tenant = TenantField.of(model, mapped, infos);
        return new Stamps(t, a, new ModelScopes.Lazy(scopes, mark), Stream.of(t.created(), t.updated(), a.createdBy(),
                a.updatedBy(), mark == null ? null : mark.field(), tenant == null ? null : tenant.field())
                .filter(Objects::nonNull).toList(), tenant);
    }
}
