package org.ar4j.core.internal.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ar4j.ActiveRecord;
import org.ar4j.core.internal.meta.RelationInfo;

/** BelongsTo: one query for the distinct foreign keys of all owners; parents shared by children are loaded once. */
final class BelongsToLoader implements KindLoader {
    @Override
    public void load(LoadBatch batch, Linker linker, List<ActiveRecord<?>> loaded) {
        RelationInfo rel = batch.relation();
        List<Object> keys = Keys.of(batch.owners(), rel.ownerKeys(), rel.targetKeys());
        List<ActiveRecord<?>> found = new ArrayList<>();
        batch.plan().read().read(batch.session(), keys, batch.origin(), found::add);
        loaded.addAll(found); // distinct: the keys were
        Map<Object, ActiveRecord<?>> byKey = new HashMap<>();
        for (ActiveRecord<?> t : found) {
            byKey.putIfAbsent(Keys.lookup(rel.targetKeys(), t), t);
        }
        for (int i = 0; i < batch.owners().size(); i++) {
            Object k = Keys.lookup(rel.ownerKeys(), batch.owners().get(i));
            linker.value(i, k == null ? null : byKey.get(k));
        }
    }
}
