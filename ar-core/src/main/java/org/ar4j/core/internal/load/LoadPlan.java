package org.ar4j.core.internal.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ar4j.core.internal.meta.Conditions;
import org.ar4j.core.internal.meta.RelationInfo;
import org.ar4j.core.internal.session.Session;
import org.ar4j.query.Order;
import org.ar4j.spi.Filter;
import org.ar4j.relation.Relation.Kind;
import org.ar4j.Capability;

/**
 * How one relation path is loaded, decided once from the relation's metadata, the path's scope and the backend's
 * capabilities: the kind's loader, its keyed read (strategy included), whether the read links inverses while
 * grouping, and the paths nested under it. A query's {@code with(...)} tree becomes a list of plans when it runs;
 * a lazy load uses the relation's unscoped plan, kept by the {@link Loader}.
 *
 * @param relation  the relation
 * @param scope     the conditions the path adds, or null
 * @param kind      the loader of the relation's kind
 * @param read      the keyed read of the targets, with the relation's and the scope's condition (null for a custom
 *                  loader)
 * @param limit     the per-owner limit, or null
 * @param sortsInMemory whether children are put in id order in memory (nothing asked the database to sort)
 * @param then      the paths nested under this one
 */
public record LoadPlan(RelationInfo relation, Scope scope, KindLoader kind, KeyedRead read, Integer limit,
                       boolean sortsInMemory, List<LoadPlan> then) {
    private static final KindLoader BELONGS_TO = new BelongsToLoader();
    private static final KindLoader HAS_MANY = new HasManyLoader();
    private static final KindLoader THROUGH = new ThroughLoader();
    private static final KindLoader CUSTOM = new CustomLoader();
    private static final KindLoader MORPH_TO = new MorphToLoader();

    /** The plans of an eager-loading tree, in the tree's order. */
    static List<LoadPlan> of(Session session, Map<String, EagerNode> tree) {
        List<LoadPlan> out = new ArrayList<>(tree.size());
        for (EagerNode node : tree.values()) {
            out.add(of(session, node.relation(), node.scope(), of(session, node.children())));
        }
        return out;
    }

    /** The plan of one relation under a scope (null for none). */
    static LoadPlan of(Session session, RelationInfo rel, Scope scope, List<LoadPlan> then) {
        Filter condition = scope == null ? rel.condition() : Conditions.and(rel.unscopedCondition(), scope.where());
        List<Order> declared = new ArrayList<>();
        if (scope != null) {
            declared.addAll(scope.order());
        }
        declared.addAll(rel.order());
        Integer limit = scope != null && scope.limit() != null ? scope.limit() : rel.spec().scope().limit();
        boolean sortsInMemory = declared.isEmpty();
        List<Order> order = sortsInMemory ? List.of() : rel.completedById(declared);
        if (rel.spec().loading().loader() != null) {
            return new LoadPlan(rel, scope, CUSTOM, null, limit, sortsInMemory, then);
        }
        if (rel.kind() == Kind.MORPH_TO) {
            return new LoadPlan(rel, null, MORPH_TO, null, null, true, then);
        }
        // a per-key window partitions by one column: a composite key keeps its limit per key instead
        boolean windows = session.backend().supports(Capability.WINDOW_FUNCTIONS) && !rel.composite();
        KeyedRead read = switch (rel.kind()) {
            case BELONGS_TO -> new KeyedRead(rel.target(), rel.targetKeys(), condition, List.of(), null,
                    KeyedRead.Strategy.ALL);
            case HAS_MANY_THROUGH -> new KeyedRead(rel.target(), rel.targetKeys(), condition, order, null,
                    KeyedRead.Strategy.ALL);
            case HAS_ONE -> new KeyedRead(rel.target(), rel.targetKeys(), condition, rel.completedById(declared), 1,
                    windows ? KeyedRead.Strategy.PARTITIONED : KeyedRead.Strategy.FIRST_BY_GROUPING);
            case MORPH_TO -> throw new IllegalStateException("a MorphTo has a read per target type");
            case HAS_MANY -> limit == null
                    ? new KeyedRead(rel.target(), rel.targetKeys(), condition, order, null, KeyedRead.Strategy.ALL)
                    : new KeyedRead(rel.target(), rel.targetKeys(), condition, rel.completedById(declared), limit,
                    windows ? KeyedRead.Strategy.PARTITIONED : KeyedRead.Strategy.PER_KEY);
        };
        KindLoader kind = switch (rel.kind()) {
            case BELONGS_TO -> BELONGS_TO;
            case HAS_ONE, HAS_MANY -> HAS_MANY;
            case HAS_MANY_THROUGH -> THROUGH;
            case MORPH_TO -> MORPH_TO;
        };
        return new LoadPlan(rel, scope, kind, read, limit, sortsInMemory, then);
    }

    /** Whether the read groups children as they arrive and links each to its owner there (a plain HasMany). */
    boolean groupsWhileReading() {
        return relation.kind() == Kind.HAS_MANY && read != null && read.limit() == null;
    }

    /** Whether the loaded records come from user code (a custom loader), not from the plan's read. */
    boolean custom() {
        return kind == CUSTOM;
    }
}
