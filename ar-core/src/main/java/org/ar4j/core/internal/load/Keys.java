package org.ar4j.core.internal.load;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;

import org.ar4j.ActiveRecord;
import org.ar4j.core.internal.meta.FieldInfo;
import org.ar4j.core.internal.meta.KeyFields;

/** Keys of owners and records: distinct keys in first-seen order, lookups, id order. */
final class Keys {
    private Keys() {
    }

    /** Distinct complete keys of the owners (converted to {@code keyField}'s types), in first-seen order. */
    static List<Object> of(List<? extends ActiveRecord<?>> owners, KeyFields ownerSide, KeyFields keyField) {
        if (owners.size() == 1) {
            Object k = keyField.coerce(ownerSide.stored(owners.get(0)));
            return k == null ? List.of() : List.of(k);
        }
        Set<Object> seen = new HashSet<>(Math.max(16, (int) (owners.size() / 0.75f) + 1));
        return distinct(owners, ownerSide, keyField, (k, o) -> seen.add(k));
    }

    /**
     * As {@link #of}, with the caller keeping the keys seen: {@code firstSeen} gets each owner's normalized key
     * ({@link #lookup}) and the owner, and answers whether the key is new.
     */
    static List<Object> distinct(List<? extends ActiveRecord<?>> owners, KeyFields ownerSide, KeyFields keyField,
                                 BiPredicate<Object, ActiveRecord<?>> firstSeen) {
        List<Object> out = new ArrayList<>(owners.size());
        for (ActiveRecord<?> o : owners) {
            Object k = keyField.coerce(ownerSide.stored(o));
            if (k != null && firstSeen.test(keyField.normalized(k), o)) {
                out.add(k);
            }
        }
        return out;
    }

    /** The key of a record, normalized for lookups; null when a part is null. */
    static Object lookup(KeyFields key, ActiveRecord<?> record) {
        return key.lookup(record);
    }

    /** Puts records in ascending key order (part by part for a composite key). */
    static void sortById(List<ActiveRecord<?>> records, KeyFields id) {
        if (records.size() > 1) {
            records.sort((a, b) -> compare(id, a, b));
        }
    }

    /** The order of two records by key, part by part. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static int compare(KeyFields id, ActiveRecord<?> a, ActiveRecord<?> b) {
        for (FieldInfo f : id.fields()) {
            int c = ((Comparable) f.storedValue(a)).compareTo(f.storedValue(b));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}
