package org.ar4j.core.internal.load;

import java.util.List;
import java.util.function.Consumer;

import org.ar4j.ActiveRecord;
import org.ar4j.Ar4jException;
import org.ar4j.core.internal.meta.Conditions;
import org.ar4j.core.internal.meta.KeyFields;
import org.ar4j.core.internal.meta.ModelInfo;
import org.ar4j.core.internal.session.Origin;
import org.ar4j.core.internal.session.Rows;
import org.ar4j.core.internal.session.Session;
import org.ar4j.query.Order;
import org.ar4j.spi.Filter;
import org.ar4j.spi.PartitionLimit;
import org.ar4j.spi.Select;

/**
 * One path's read of target records by key, its strategy chosen once, when the plan is built. Keys are chunked to
 * the backend's limit; one key is one comparison (one statement shape for lazy one-by-one loads) and, with a
 * per-key limit, one statement with a LIMIT whatever the strategy.
 *
 * @param target   the model read
 * @param key      the target's field (or composite key's fields) the keys are values of
 * @param extra    the relation's and the scope's condition, or null
 * @param order    the order the database sorts by (empty: none)
 * @param limit    the per-key limit, or null
 * @param strategy how a per-key limit is kept for many keys
 */
record KeyedRead(ModelInfo target, KeyFields key, Filter extra, List<Order> order, Integer limit, Strategy strategy) {

    /** How a per-key limit is kept when many keys are read at once. */
    enum Strategy {
        /** No per-key limit: every matching record. */
        ALL,
        /** One partitioned statement (window functions) per chunk of keys. */
        PARTITIONED,
        /** One statement per key, each with a LIMIT (no window functions). */
        PER_KEY,
        /** Every matching record, ordered; grouping keeps the first of each key (a HasOne without window functions). */
        FIRST_BY_GROUPING
    }

    /** Reads the records of {@code keys} in the session, handing each to {@code each} as it is read. */
    void read(Session session, List<Object> keys, Origin origin, Consumer<ActiveRecord<?>> each) {
        if (keys.isEmpty()) {
            return;
        }
        if (limit != null && keys.size() == 1) {
            one(session, keys.get(0), origin, each);
        } else if (strategy == Strategy.PER_KEY) {
            for (Object k : keys) {
                one(session, k, origin, each);
            }
        } else {
            chunked(session, keys, strategy == Strategy.PARTITIONED ? new PartitionLimit(key.columns().get(0), limit)
                    : null, origin, each);
        }
    }

    private void chunked(Session session, List<Object> keys, PartitionLimit partition, Origin origin,
                         Consumer<ActiveRecord<?>> each) {
        int other = Conditions.parameterCount(extra) + (partition != null ? 1 : 0);
        int max = key.keysPerQuery(session.backend().maxKeysPerQuery(other));   // a composite key binds each part
        if (max < 1) {
            throw new Ar4jException("The " + session.backendName() + " backend cannot bind any key next to " + other
                    + " other parameters");
        }
        for (int from = 0; from < keys.size(); from += max) {
            List<Object> chunk = keys.subList(from, Math.min(keys.size(), from + max));
            Filter byKey = chunk.size() == 1 ? key.equalTo(chunk.get(0)) : key.in(chunk);
            Select s = new Select(target.storedTable(), target.readColumns(), Conditions.and(byKey, extra), order,
                    partition == null ? Select.Window.ALL : new Select.Window(null, null, partition), null, List.of());
            Rows.fetch(session, target, s, origin, each);
        }
    }

    /** The records of one key, with the limit (if any) as the statement's LIMIT. */
    private void one(Session session, Object k, Origin origin, Consumer<ActiveRecord<?>> each) {
        Filter where = Conditions.and(key.equalTo(k), extra);
        Rows.fetch(session, target, new Select(target.storedTable(), target.readColumns(), where, order,
                limit == null ? Select.Window.ALL : new Select.Window(limit, null, null), null, List.of()),
                origin, each);
    }
}
