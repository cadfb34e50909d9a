package org.ar4j.core.internal.load;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.ar4j.ActiveRecord;
import org.ar4j.Ar4jException;
import org.ar4j.core.internal.meta.Conditions;
import org.ar4j.core.internal.meta.FieldInfo;
import org.ar4j.core.internal.meta.ModelInfo;
import org.ar4j.core.internal.meta.Values;
import org.ar4j.core.internal.session.Origin;
import org.ar4j.core.internal.session.Rows;
import org.ar4j.core.internal.session.Session;
import org.ar4j.query.Order;
import org.ar4j.query.Predicate;
import org.ar4j.spi.PartitionLimit;
import org.ar4j.spi.Select;

/** The one keys helper: distinct keys of owners, records read by key in chunks, records grouped by key. */
final class Keys {
    private Keys() {
    }

    /** Distinct non-null keys of the owners (converted to {@code keyField}'s type), in first-seen order. */
    static List<Object> of(List<? extends ActiveRecord<?>> owners, FieldInfo ownerSide, FieldInfo keyField) {
        if (owners.size() == 1) {
            Object k = ownerSide.storedValue(owners.get(0));
            return k == null ? List.of() : List.of(Values.coerceKey(keyField, k));
        }
        List<Object> out = new ArrayList<>(owners.size());
        Set<Object> seen = new HashSet<>(Math.max(16, (int) (owners.size() / 0.75f) + 1));
        for (ActiveRecord<?> o : owners) {
            Object k = ownerSide.storedValue(o);
            if (k != null && seen.add(Values.key(k))) {
                out.add(Values.coerceKey(keyField, k));
            }
        }
        return out;
    }

    /** The key of a record, normalized for lookups. */
    static Object lookup(FieldInfo field, ActiveRecord<?> record) {
        Object k = field.storedValue(record);
        return k == null ? null : Values.key(k);
    }

    /** Puts records in ascending id order. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static void sortById(List<ActiveRecord<?>> records, FieldInfo id) {
        if (records.size() > 1) {
            records.sort((a, b) -> ((Comparable) id.storedValue(a)).compareTo(id.storedValue(b)));
        }
    }

    /** Reads records whose {@code keyField} is in {@code keys}, chunked to the backend's limit. */
    static List<ActiveRecord<?>> fetch(Session session, ModelInfo model, FieldInfo keyField, List<Object> keys,
                                       Predicate extra, List<Order> order, PartitionLimit partition, Origin origin) {
        List<ActiveRecord<?>> out = new ArrayList<>();
        fetch(session, model, keyField, keys, extra, order, partition, origin, out::add);
        return out;
    }

    /** As above, handing each record to {@code each} as it is read (no list of its own). */
    static void fetch(Session session, ModelInfo model, FieldInfo keyField, List<Object> keys, Predicate extra,
                      List<Order> order, PartitionLimit partition, Origin origin, Consumer<ActiveRecord<?>> each) {
        if (keys.isEmpty()) {
            return;
        }
        int other = Conditions.parameterCount(extra) + (partition != null ? 1 : 0);
        int max = session.backend().maxKeysPerQuery(other);
        if (max < 1) {
            throw new Ar4jException("The " + session.backendName() + " backend cannot bind any key next to " + other
                    + " other parameters");
        }
        for (int from = 0; from < keys.size(); from += max) {
            List<Object> chunk = keys.subList(from, Math.min(keys.size(), from + max));
            // One key as a comparison: the statement for one owner is one shape, rendered once (lazy one-by-one loads).
            Predicate byKey = chunk.size() == 1 ? new Predicate.Compare(keyField.column(), Predicate.Operator.EQ, chunk.get(0))
                    : new Predicate.In(keyField.column(), chunk, false);
            Predicate where = Conditions.and(byKey, extra);
            Rows.fetch(session, model, new Select(model.tableSpec(), model.columns(), where, order, null, null, partition),
                    origin, each);
        }
    }

    /** Reads the records of one key, with a limit. */
    static List<ActiveRecord<?>> fetchOne(Session session, ModelInfo model, FieldInfo keyField, Object key,
                                          Predicate extra, List<Order> order, Integer limit, Origin origin) {
        Predicate where = Conditions.and(new Predicate.Compare(keyField.column(), Predicate.Operator.EQ, key), extra);
        List<ActiveRecord<?>> out = new ArrayList<>();
        Rows.fetch(session, model, new Select(model.tableSpec(), model.columns(), where, order, limit, null, null),
                origin, out::add);
        return out;
    }
}
