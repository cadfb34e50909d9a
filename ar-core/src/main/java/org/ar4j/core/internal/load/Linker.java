package org.ar4j.core.internal.load;

import java.util.List;

import org.ar4j.ActiveRecord;
import org.ar4j.core.internal.meta.RelationInfo;
import org.ar4j.core.internal.session.RelationStore;
import org.ar4j.core.internal.session.Records;
import org.ar4j.core.internal.session.Session;
import org.ar4j.relation.Relation.Kind;
import org.ar4j.cache.RelationCache;

/**
 * The one place that sets what a batch loaded on its records: each owner's value (cached when the batch stores
 * it), and the inverse link from each loaded record back to its owner. Children loaded through HasMany/HasOne see
 * their owner as the same instance; so does the parent of a BelongsTo whose inverse is a HasOne. A HasMany read
 * links its children while grouping them ({@link #child}); every other kind links when its owner's value is set
 * ({@link #value}).
 */
final class Linker {
    private final List<? extends ActiveRecord<?>> owners;
    private final RelationCache.RelationKey key;
    private final RelationCache cache;
    private final RelationCache inverseCache;
    private final RelationCache.RelationKey inverse;
    private final boolean linksOnValue;
    private Object first;

    /** A linker for one batch of {@code plan}; owners' values are cached when {@code store}. */
    Linker(Session session, LoadPlan plan, List<? extends ActiveRecord<?>> owners, boolean store) {
        RelationInfo rel = plan.relation();
        this.owners = owners;
        this.key = rel.cacheKey();
        this.cache = store ? session.cacheFor(rel) : null;
        RelationInfo inv = rel.inverse();
        boolean toMany = rel.kind() == Kind.HAS_MANY || rel.kind() == Kind.HAS_ONE;
        boolean links = inv != null && inv.spec().loading().cache().enabled()
                && (toMany || (rel.kind() == Kind.BELONGS_TO && inv.kind() == Kind.HAS_ONE));
        this.inverseCache = links ? session.cacheFor(inv) : null;
        this.inverse = links ? inv.cacheKey() : null;
        this.linksOnValue = links && !plan.groupsWhileReading();
    }

    /**
     * The inverse relation the children a batch of {@code plan} groups as it reads them may hold their owner bare
     * through ({@link RelationStore#bareLinks}), for the batch's origin; null for none.
     */
    static RelationCache.RelationKey bareLinks(Session session, LoadPlan plan) {
        RelationInfo inv = plan.relation().inverse();
        if (inv == null || !plan.groupsWhileReading() || !inv.spec().loading().cache().enabled()) {
            return null;
        }
        return RelationStore.bareLinks(session.cacheFor(inv), inv.cacheKey());
    }

    /** Links a child to its owner through the inverse, as it is grouped (a plain HasMany). */
    void child(ActiveRecord<?> child, ActiveRecord<?> owner) {
        if (inverse != null && owner != null && !RelationStore.link(Records.state(child), inverse, owner)) {
            inverseCache.put(child, inverse, owner);
        }
    }

    /** Sets owner {@code i}'s value: cached when the batch stores, its records linked back when not yet. */
    void value(int i, Object value) {
        ActiveRecord<?> owner = owners.get(i);
        if (i == 0) {
            first = value;
        }
        if (linksOnValue) {
            if (value instanceof List<?> l) {
                for (Object c : l) {
                    inverseCache.put((ActiveRecord<?>) c, inverse, owner);
                }
            } else if (value != null) {
                inverseCache.put((ActiveRecord<?>) value, inverse, owner);
            }
        }
        if (cache != null) {
            cache.put(owner, key, value);
        }
    }

    /** The first owner's value (what a lazy load returns). */
    Object first() {
        return first;
    }
}
