package org.ar4j.core.internal.load;

import java.util.List;

import org.ar4j.ActiveRecord;
import org.ar4j.LoadMode;
import org.ar4j.core.internal.meta.RelationInfo;
import org.ar4j.core.internal.session.Origin;
import org.ar4j.core.internal.session.Session;
import org.ar4j.query.Order;
import org.ar4j.query.Predicate;
import org.ar4j.query.Predicate.And;
import java.util.ArrayList;

/**
 * One relation to load for many owners at once: everything a loader needs.
 *
 * @param session  the database
 * @param relation the relation
 * @param owners   the owners, in order
 * @param scope    the conditions an eager path adds, or null
 * @param mode     the load mode the loaded records get
 * @param origin   the origin every record the batch reads gets (database, mode; peers named after the read)
 */
public record LoadBatch(Session session, RelationInfo relation, List<? extends ActiveRecord<?>> owners, Scope scope,
                        LoadMode mode, Origin origin) {

    /** A batch whose records get a new origin in {@code mode}. */
    public LoadBatch(Session session, RelationInfo relation, List<? extends ActiveRecord<?>> owners, Scope scope,
                     LoadMode mode) {
        this(session, relation, owners, scope, mode, Origin.read(session, mode));
    }

    /** The relation's condition and the scope's, together; null when neither has one. */
    public Predicate condition() {
        Predicate own = relation.condition();
        Predicate extra = scope == null ? null : scope.where();
        if (own == null) {
            return extra;
        }
        return extra == null ? own : new And(List.of(own, extra));
    }

    /**
     * The order the database sorts by: the scope's, then the relation's, completed by the target's id so ties come
     * the same way every time; empty when neither declares one. Without a declared order the database does not
     * sort at all: ar4j's promise of children in ascending id order is kept in memory, per owner
     * ({@link #sortsInMemory()}).
     */
    public List<Order> order() {
        return declared().isEmpty() ? List.of() : limitedOrder();
    }

    /** Whether children are put in id order in memory after grouping, because nothing asked the database to sort. */
    public boolean sortsInMemory() {
        return declared().isEmpty();
    }

    /** The order an exact per-owner limit needs: the declared one completed by the id, or the id alone. */
    public List<Order> limitedOrder() {
        return relation.completedById(declared());
    }

    private List<Order> declared() {
        List<Order> order = new ArrayList<>();
        if (scope != null) {
            order.addAll(scope.order());
        }
        order.addAll(relation.order());
        return order;
    }

    /** The per-owner limit: the scope's, else the relation's; null for none. */
    public Integer limit() {
        return scope != null && scope.limit() != null ? scope.limit() : relation.spec().limit();
    }
}
