package org.ar4j.core.internal.load;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;

import org.ar4j.ActiveRecord;
import org.ar4j.core.internal.meta.FieldInfo;
import org.ar4j.core.internal.meta.KeyFields;
import org.ar4j.core.internal.meta.Values;
import org.ar4j.core.internal.session.Records;

/** Keys of owners and records: distinct keys in first-seen order, lookups, id order. */
final class Keys {
    private Keys() {
    }

    /** Distinct complete keys of the owners (converted to {@code keyField}'s types), in first-seen order. */
    static List<Object> of(List<? extends ActiveRecord<?>> owners, KeyFields ownerSide, KeyFields keyField) {
        if (owners.size() == 1) {
            return distinct(owners, ownerSide, keyField, (k, o) -> true);
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
        List<Object> out = owners.size() == 1 ? null : new ArrayList<>(owners.size()); // one owner: no list to grow
        for (int i = 0; i < owners.size(); i++) {
            ActiveRecord<?> o = owners.get(i);
            Object k = keyField.coerce(ownerSide.stored(o));
            if (k != null && firstSeen.test(keyField.normalized(k), o)) {
                if (out == null) {
                    return List.of(k);
                }
                out.add(k);
            }
        }
        return out == null ? List.of() : out;
    }

    /** The key of a record, normalized for lookups; null when a part is null. */
    static Object lookup(KeyFields key, ActiveRecord<?> record) {
        return key.lookup(record);
    }

    /**
     * The key of a record a read just hydrated, from its loaded values: what {@link #lookup} gives (a record just
     * read holds what it loaded), without reading its fields back. A record of another class than {@code type} (a
     * hierarchy's member, whose fields are indexed apart) and a composite key are read through the fields.
     */
    static Object lookupRead(KeyFields key, Class<?> type, ActiveRecord<?> record) {
        if (key.composite() || record.getClass() != type) {
            return lookup(key, record);
        }
        Object v = Records.state(record).loaded(key.fields().get(0).index());
        return v == null ? null : Values.key(v);
    }

    /** As {@link #compare}, for two records a read just hydrated, from their loaded values (as {@link #lookupRead}). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static int compareRead(KeyFields id, Class<?> type, ActiveRecord<?> a, ActiveRecord<?> b) {
        if (id.composite() || a.getClass() != type || b.getClass() != type) {
            return compare(id, a, b);
        }
        int i = id.fields().get(0).index();
        return ((Comparable) Records.state(a).loaded(i)).compareTo(Records.state(b).loaded(i));
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
        List<FieldInfo> parts = id.fields();
        for (int i = 0; i < parts.size(); i++) {
            FieldInfo f = parts.get(i);
            int c = ((Comparable) f.storedValue(a)).compareTo(f.storedValue(b));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}
