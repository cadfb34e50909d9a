package org.ar4j.core.internal.load;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.ar4j.ActiveRecord;
import org.ar4j.core.internal.meta.FieldInfo;
import org.ar4j.core.internal.meta.RelationInfo;
import org.ar4j.query.Order;
import org.ar4j.query.Predicate;
import org.ar4j.relation.Relation.Kind;
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
        List<ActiveRecord<?>> children;
        if (limit == null || keys.isEmpty() || (one && !batch.session().backend().supports(Capability.WINDOW_FUNCTIONS)
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
        Map<Object, List<ActiveRecord<?>>> byKey = Keys.group(children, fk,
                limit == null && batch.sortsInMemory() ? rel.target().id() : null, keys.size());
        if (one) {
            for (List<ActiveRecord<?>> l : byKey.values()) {
                loaded.add(l.get(0));
            }
        } else {
            loaded.addAll(children); // each child has one key, hence one owner: already distinct
        }
        Object[] values = new Object[batch.owners().size()];
        for (int i = 0; i < values.length; i++) {
            Object k = Keys.lookup(rel.ownerKey(), batch.owners().get(i));
            List<ActiveRecord<?>> mine = k == null ? null : byKey.get(k);
            if (one) {
                values[i] = mine == null || mine.isEmpty() ? null : mine.get(0);
            } else {
                values[i] = mine == null ? List.of() : Collections.unmodifiableList(mine);
            }
        }
        return values;
    }
}
