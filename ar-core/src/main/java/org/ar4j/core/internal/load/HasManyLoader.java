package org.ar4j.core.internal.load;

import java.util.List;

import org.ar4j.ActiveRecord;
import org.ar4j.core.internal.meta.KeyFields;
import org.ar4j.core.internal.meta.RelationInfo;
import org.ar4j.relation.Relation.Kind;

/**
 * HasMany and HasOne: the plan's keyed read for the owners' keys, grouped by key as the rows arrive. A plain
 * HasMany links each child to its owner while grouping; a per-owner limit (HasOne's is 1) is exact, kept by the
 * read's strategy.
 */
final class HasManyLoader implements KindLoader {
    @Override
    public void load(LoadBatch batch, Linker linker, List<ActiveRecord<?>> loaded) {
        LoadPlan plan = batch.plan();
        RelationInfo rel = plan.relation();
        KeyFields fk = rel.targetKeys();
        boolean linking = plan.groupsWhileReading();
        Grouper grouper = new Grouper(rel.target().type(), fk, linking && plan.sortsInMemory() ? rel.target().key() : null,
                batch.owners().size());
        List<Object> keys;
        if (linking) {
            // Each child is grouped (and linked to its owner) as it is read, while it is still in the cache; the
            // owners' groups give the distinct keys.
            keys = grouper.owners(batch.owners(), rel.ownerKeys(), fk);
            grouper.linking(linker);
        } else {
            keys = Keys.of(batch.owners(), rel.ownerKeys(), fk);
        }
        plan.read().read(batch.session(), keys, batch.origin(), grouper);
        grouper.finish();
        boolean one = rel.kind() == Kind.HAS_ONE;
        grouper.addTo(loaded, one);   // each child has one key, hence one owner: the groups are distinct
        for (int i = 0; i < batch.owners().size(); i++) {
            Object k = Keys.lookup(rel.ownerKeys(), batch.owners().get(i));
            Children mine = k == null ? null : grouper.group(k);
            if (one) {
                linker.value(i, mine == null || mine.isEmpty() ? null : mine.get(0));
            } else {
                linker.value(i, mine == null || mine.isEmpty() ? List.of() : mine);
            }
        }
    }
}
