package org.ar4j.core.internal.load;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

import org.ar4j.ActiveRecord;
import org.ar4j.core.internal.meta.KeyFields;

/**
 * Records grouped by a key field as they are read, each touched once while it is still in the cache: its
 * group found, whether the group is still in id order noted (rows usually arrive that way, and only groups
 * that are not get sorted at the end), and, for a plain HasMany, the record linked to its owner by the {@link Linker}.
 */
final class Grouper implements Consumer<ActiveRecord<?>> {
    private final KeyFields key;
    private final KeyFields id;
    /** The class of the records read, whose keys are taken from their loaded values ({@link Keys#lookupRead}). */
    private final Class<?> type;
    private final int expectedGroups;
    /**
     * The groups by key; null while there is at most one (one owner's load, as a lazy load one by one is), which is
     * then kept in {@link #onlyKey} and {@link #only} without a map.
     */
    private Map<Object, Children> groups;
    private Object onlyKey;
    private Children only;
    private Linker linker;
    private Set<Children> unsorted;
    private int count;

    /** Groups records of {@code type} by {@code key}; with an {@code id}, each group ends in ascending id order. */
    Grouper(Class<?> type, KeyFields key, KeyFields id, int expectedGroups) {
        this.type = type;
        this.key = key;
        this.id = id;
        this.expectedGroups = expectedGroups;
    }

    /**
     * Opens one group per owner, by the owner's key; a later owner with the same key takes the group. Returns the
     * distinct keys (converted to {@code keyField}'s type) in first-seen order, as {@link Keys#of} would.
     */
    List<Object> owners(List<? extends ActiveRecord<?>> owners, KeyFields ownerKey, KeyFields keyField) {
        return Keys.distinct(owners, ownerKey, keyField, (k, o) -> put(k, new Children(o)) == null);
    }

    /** The group of a normalized key ({@link Keys#lookup}), or null when no owner or record had that key. */
    Children group(Object k) {
        if (groups != null) {
            return groups.get(k);
        }
        return only != null && Objects.equals(onlyKey, k) ? only : null;
    }

    /** Sets the group of a key, returning the one it replaces (or null). */
    private Children put(Object k, Children g) {
        if (groups == null) {
            if (only == null || Objects.equals(onlyKey, k)) {
                Children before = only;
                onlyKey = k;
                only = g;
                return before;
            }
            groups = new HashMap<>((int) (Math.max(expectedGroups, 2) / 0.75f) + 1);
            groups.put(onlyKey, only);
        }
        return groups.put(k, g);
    }

    /** Also links every record to its group's owner through the relation's inverse, as it is read. */
    Grouper linking(Linker l) {
        this.linker = l;
        return this;
    }

    @Override
    public void accept(ActiveRecord<?> r) {
        Object k = Keys.lookupRead(key, type, r);
        Children g = group(k);
        if (g == null) {
            g = new Children(null);
            put(k, g);
        } else if (id != null && g.size() > 0 && Keys.compareRead(id, type, g.last(), r) > 0) {
            if (unsorted == null) {
                unsorted = Collections.newSetFromMap(new IdentityHashMap<>());
            }
            unsorted.add(g);
        }
        g.append(r);
        count++;
        if (linker != null) {
            linker.child(r, g.owner);
        }
    }

    /**
     * Adds the records grouped to {@code out}, group by group, growing it once: every record, or with
     * {@code firstOnly} the first of each group (a HasOne's one record per owner).
     */
    void addTo(List<ActiveRecord<?>> out, boolean firstOnly) {
        if (!firstOnly && out instanceof ArrayList<ActiveRecord<?>> list) {
            list.ensureCapacity(list.size() + count);
        }
        if (groups == null) {
            addTo(only, out, firstOnly);
        } else {
            for (Children g : groups.values()) {
                addTo(g, out, firstOnly);
            }
        }
    }

    private static void addTo(Children g, List<ActiveRecord<?>> out, boolean firstOnly) {
        int n = g == null ? 0 : firstOnly ? Math.min(1, g.size()) : g.size();
        for (int i = 0; i < n; i++) {
            out.add(g.get(i));
        }
    }

    /** Ends the reading: the groups that arrived out of id order are sorted. */
    void finish() {
        if (unsorted != null) {
            unsorted.forEach(g -> Keys.sortById(g, id));
        }
    }
}
