package org.ar4j.core.internal.load;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ar4j.ActiveRecord;
import org.ar4j.core.internal.meta.RelationInfo;

/** BelongsTo: one query for the distinct foreign keys of all owners; parents shared by children are loaded once. */
final class BelongsToLoader implements KindLoader {
    @Override
    public Object[] load(LoadBatch batch, List<ActiveRecord<?>> loaded) {
        RelationInfo rel = batch.relation();
        List<Object> keys = Keys.of(batch.owners(), rel.ownerKey(), rel.targetKey());
        List<ActiveRecord<?>> found = Keys.fetch(batch.session(), rel.target(), rel.targetKey(), keys,
                batch.condition(), List.of(), null, batch.origin());
        loaded.addAll(found); // distinct: the keys were
        Map<Object, ActiveRecord<?>> byKey = new HashMap<>();
        for (ActiveRecord<?> t : found) {
            byKey.putIfAbsent(Keys.lookup(rel.targetKey(), t), t);
        }
        Object[] values = new Object[batch.owners().size()];
        for (int i = 0; i < values.length; i++) {
            Object k = Keys.lookup(rel.ownerKey(), batch.owners().get(i));
            values[i] = k == null ? null : byKey.get(k);
        }
        return values;
    }
}
