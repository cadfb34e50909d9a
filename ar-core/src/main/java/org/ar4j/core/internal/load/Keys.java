package org.ar4j.core.internal.load;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;

import org.ar4j.ActiveRecord;
import org.ar4j.core.internal.meta.FieldInfo;
import org.ar4j.core.internal.meta.Values;

/** Keys of owners and records: distinct keys in first-seen order, lookups, id order. */
final class Keys {
    private Keys() {
    }

    /** Distinct non-null keys of the owners (converted to {@code keyField}'s type), in first-seen order. */
    static List<Object> of(List<? extends ActiveRecord<?>> owners, FieldInfo ownerSide, FieldInfo keyField) {
        if (owners.size() == 1) {
            Object k = ownerSide.storedValue(owners.get(0));
            return k == null ? List.of() : List.of(Values.coerceKey(keyField, k));
        }
        Set<Object> seen = new HashSet<>(Math.max(16, (int) (owners.size() / 0.75f) + 1));
        return distinct(owners, ownerSide, keyField, (k, o) -> seen.add(k));
    }

    /**
     * As {@link #of}, with the caller keeping the keys seen: {@code firstSeen} gets each owner's normalized key
     * ({@link #lookup}) and the owner, and answers whether the key is new.
     */
    static List<Object> distinct(List<? extends ActiveRecord<?>> owners, FieldInfo ownerSide, FieldInfo keyField,
                                 BiPredicate<Object, ActiveRecord<?>> firstSeen) {
        List<Object> out = new ArrayList<>(owners.size());
        for (ActiveRecord<?> o : owners) {
            Object k = ownerSide.storedValue(o);
            if (k != null && firstSeen.test(Values.key(k), o)) {
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
}
