package org.ar4j.core.internal.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ar4j.ActiveRecord;
import org.ar4j.core.internal.meta.FieldInfo;
import org.ar4j.core.internal.meta.RelationInfo;
import org.ar4j.core.internal.session.DefaultRelationCache;
import org.ar4j.query.Order;
import org.ar4j.query.Predicate;
import org.ar4j.relation.Relation.Kind;
import org.ar4j.relation.RelationCache;
import org.ar4j.spi.Capability;
import org.ar4j.spi.PartitionLimit;

/**
 * HasMany and HasOne: one query for the owners' keys. A per-owner limit (HasOne's is 1) is exact: one
 * partitioned query with window functions, else one query per owner.
 */
final class HasManyLoader implements KindLoader {
    @Override
    public Object[] load(LoadBatch batch, List<ActiveRecord<?>> loaded) {
        RelationInfo rel = batch.relation();
        FieldInfo fk = rel.targetKey();
        List<Object> keys = Keys.of(batch.owners(), rel.ownerKey(), fk);
        Predicate extra = batch.condition();
        boolean one = rel.kind() == Kind.HAS_ONE;
        Integer limit = one ? Integer.valueOf(1) : batch.limit();
        List<Order> order = limit != null ? batch.limitedOrder() : batch.order();
        List<ActiveRecord<?>> children = null;
        Grouper grouper = null;
        if (groupsWhileReading(batch)) {
            // Each child is grouped (and linked to its owner) as it is read, while it is still in the cache.
            grouper = new Grouper(fk, batch.sortsInMemory() ? rel.target().id() : null, keys.size())
                    .owners(batch.owners(), rel.ownerKey());
            RelationInfo inv = rel.inverse();
            if (inv != null && inv.spec().cache().enabled()) {
                RelationCache cache = batch.session().cacheFor(inv);
                grouper.linking(cache, inv.cacheKey());
                if (DefaultRelationCache.linksBare(cache, inv.cacheKey())) {
                    batch.origin().linkBy(inv.cacheKey());
                }
            }
            Keys.fetch(batch.session(), rel.target(), fk, keys, extra, order, null, batch.origin(), grouper);
        } else if (keys.isEmpty() || (one && !batch.session().backend().supports(Capability.WINDOW_FUNCTIONS)
                && keys.size() > 1)) {
            children = Keys.fetch(batch.session(), rel.target(), fk, keys, extra, order, null, batch.origin());
        } else if (keys.size() == 1) {
            children = Keys.fetchOne(batch.session(), rel.target(), fk, keys.get(0), extra, order, limit, batch.origin());
        } else if (batch.session().backend().supports(Capability.WINDOW_FUNCTIONS)) {
            children = Keys.fetch(batch.session(), rel.target(), fk, keys, extra, order,
                    new PartitionLimit(fk.column(), limit), batch.origin());
        } else {
            // Without window functions an exact per-owner limit needs one query per owner.
            children = new ArrayList<>();
            for (Object k : keys) {
                children.addAll(Keys.fetchOne(batch.session(), rel.target(), fk, k, extra, order, limit, batch.origin()));
            }
        }
        Map<Object, Children> byKey = grouper != null ? grouper.finish() : Grouper.group(children, fk, null, keys.size());
        if (one) {
            for (Children l : byKey.values()) {
                if (!l.isEmpty()) {
                    loaded.add(l.get(0));
                }
            }
        } else if (grouper == null) {
            loaded.addAll(children);
        } else {
            // each child has one key, hence one owner: the groups are distinct; added at once, group by group
            grouper.addAllTo(loaded);
        }
        Object[] values = new Object[batch.owners().size()];
        for (int i = 0; i < values.length; i++) {
            Object k = Keys.lookup(rel.ownerKey(), batch.owners().get(i));
            Children mine = k == null ? null : byKey.get(k);
            if (one) {
                values[i] = mine == null || mine.isEmpty() ? null : mine.get(0);
            } else {
                values[i] = mine == null || mine.isEmpty() ? List.of() : mine;
            }
        }
        return values;
    }

    /** A plain HasMany (no per-owner limit) groups its children as they are read. */
    private static boolean groupsWhileReading(LoadBatch batch) {
        return batch.relation().kind() != Kind.HAS_ONE && batch.limit() == null;
    }

    @Override
    public boolean linksInverse(LoadBatch batch) {
        return groupsWhileReading(batch);
    }
}
