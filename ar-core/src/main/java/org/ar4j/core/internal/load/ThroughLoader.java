package org.ar4j.core.internal.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ar4j.ActiveRecord;
import org.ar4j.core.internal.meta.KeyFields;
import org.ar4j.core.internal.meta.RelationInfo;
import org.ar4j.core.internal.meta.Values;
import org.ar4j.spi.Read;
import org.ar4j.spi.Filter;
import org.ar4j.spi.RowCursor;
import org.ar4j.spi.Select;
import java.util.IdentityHashMap;

/** HasManyThrough: one query for the join rows, one for the targets, in the relation's order. */
final class ThroughLoader implements KindLoader {
    @Override
    public void load(LoadBatch batch, Linker linker, List<ActiveRecord<?>> loaded) {
        LoadPlan plan = batch.plan();
        RelationInfo rel = plan.relation();
        List<Object> ownerKeys = Keys.of(batch.owners(), rel.ownerKeys(), KeyFields.over(rel.join(),
                List.of(rel.joinOwnerKey())));
        if (ownerKeys.isEmpty()) {
            for (int i = 0; i < batch.owners().size(); i++) {
                linker.value(i, List.of());
            }
            return;
        }
        Map<Object, Set<Object>> targetsByOwner = new HashMap<>();
        Map<Object, Object> targetKeys = new LinkedHashMap<>();
        readJoinRows(batch, ownerKeys, targetsByOwner, targetKeys);
        List<ActiveRecord<?>> targets = new ArrayList<>();
        plan.read().read(batch.session(), new ArrayList<>(targetKeys.values()), batch.origin(), targets::add);
        if (plan.sortsInMemory()) {
            Keys.sortById(targets, rel.target().key());
        }
        Integer limit = plan.limit();
        // each target's place in the relation's order, by key: an owner's list is its targets' places, sorted
        Map<Object, Integer> placeByKey = new HashMap<>(targets.size() * 2);
        for (int i = 0; i < targets.size(); i++) {
            placeByKey.putIfAbsent(Keys.lookup(rel.targetKeys(), targets.get(i)), i);
        }
        Set<ActiveRecord<?>> kept = Collections.newSetFromMap(new IdentityHashMap<>());
        List<List<ActiveRecord<?>>> values = new ArrayList<>(batch.owners().size());
        for (int i = 0; i < batch.owners().size(); i++) {
            Object k = Keys.lookup(rel.ownerKeys(), batch.owners().get(i));
            Set<Object> mine = k == null ? null : targetsByOwner.get(k);
            List<ActiveRecord<?>> list = mine == null ? List.of() : targetsOf(mine, placeByKey, targets, limit);
            kept.addAll(list);
            values.add(list);
        }
        for (ActiveRecord<?> t : targets) {
            if (limit == null || kept.contains(t)) {
                loaded.add(t); // only the targets some owner kept
            }
        }
        for (int i = 0; i < values.size(); i++) {
            linker.value(i, values.get(i));
        }
    }

    /** An owner's targets in the relation's order, at most {@code limit}: linear in its own targets, not in all. */
    private static List<ActiveRecord<?>> targetsOf(Set<Object> mine, Map<Object, Integer> placeByKey,
                                                   List<ActiveRecord<?>> targets, Integer limit) {
        int[] places = new int[mine.size()];
        int n = 0;
        for (Object key : mine) {
            Integer place = placeByKey.get(key);
            if (place != null) {
                places[n++] = place;
            }
        }
        Arrays.sort(places, 0, n);
        int size = limit == null ? n : Math.min(n, limit);
        List<ActiveRecord<?>> list = new ArrayList<>(size);
        for (int j = 0; j < size; j++) {
            list.add(targets.get(places[j]));
        }
        return Collections.unmodifiableList(list);
    }

    /** The join rows of the owners' keys: (owner key, target key) pairs, chunked to the backend's limit. */
    private static void readJoinRows(LoadBatch batch, List<Object> ownerKeys, Map<Object, Set<Object>> targetsByOwner,
                                     Map<Object, Object> targetKeys) {
        RelationInfo rel = batch.relation();
        int max = batch.session().backend().maxKeysPerQuery(0);
        for (int from = 0; from < ownerKeys.size(); from += max) {
            List<Object> chunk = ownerKeys.subList(from, Math.min(ownerKeys.size(), from + max));
            Select s = Select.of(rel.join().tableSpec(), List.of(rel.joinOwnerKey().column(), rel.joinTargetKey().column()))
                    .withWhere(new Filter.In(rel.joinOwnerKey().column(), chunk, false));
            try (RowCursor c = batch.session().backend().read(Read.find(s))) {
                while (c.next()) {
                    Object o = c.get(0);
                    Object t = c.get(1);
                    if (o != null && t != null) {
                        targetsByOwner.computeIfAbsent(Values.key(o), x -> new LinkedHashSet<>()).add(Values.key(t));
                        targetKeys.putIfAbsent(Values.key(t), Values.coerceKey(rel.targetKey(), t));
                    }
                }
            }
        }
    }
}
