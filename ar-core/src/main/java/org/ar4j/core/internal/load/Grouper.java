package org.ar4j.core.internal.load;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
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
    private final Map<Object, Children> groups;
    private Linker linker;
    private Set<Children> unsorted;
    private int count;

    /** Groups by {@code key}; with an {@code id}, each group ends in ascending id order. */
    Grouper(KeyFields key, KeyFields id, int expectedGroups) {
        this.key = key;
        this.id = id;
        this.groups = new HashMap<>((int) (expectedGroups / 0.75f) + 1);
    }

    /**
     * Opens one group per owner, by the owner's key; a later owner with the same key takes the group. Returns the
     * distinct keys (converted to {@code keyField}'s type) in first-seen order, as {@link Keys#of} would.
     */
    List<Object> owners(List<? extends ActiveRecord<?>> owners, KeyFields ownerKey, KeyFields keyField) {
        return Keys.distinct(owners, ownerKey, keyField, (k, o) -> groups.put(k, new Children(o)) == null);
    }

    /** Also links every record to its group's owner through the relation's inverse, as it is read. */
    Grouper linking(Linker l) {
        this.linker = l;
        return this;
    }

    @Override
    public void accept(ActiveRecord<?> r) {
        Object k = Keys.lookup(key, r);
        Children g = groups.get(k);
        if (g == null) {
            g = new Children(null);
            groups.put(k, g);
        } else if (id != null && g.size() > 0 && Keys.compare(id, g.last(), r) > 0) {
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

    /** Adds every record grouped to {@code out}, group by group, growing it once. */
    void addAllTo(List<ActiveRecord<?>> out) {
        if (out instanceof ArrayList<ActiveRecord<?>> list) {
            list.ensureCapacity(list.size() + count);
        }
        for (Children g : groups.values()) {
            for (int i = 0; i < g.size(); i++) {
                out.add(g.get(i));
            }
        }
    }

    /** The groups by normalized key, sorted where they need it. */
    Map<Object, Children> finish() {
        if (unsorted != null) {
            unsorted.forEach(g -> Keys.sortById(g, id));
        }
        return groups;
    }
}
