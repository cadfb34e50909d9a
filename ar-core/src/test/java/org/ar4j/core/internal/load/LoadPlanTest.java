package org.ar4j.core.internal.load;

import java.util.List;
import java.util.Set;

import org.ar4j.core.internal.meta.ModelRegistry;
import org.ar4j.core.internal.meta.RelationInfo;
import org.ar4j.core.internal.session.Session;
import org.ar4j.query.Order;
import org.ar4j.Capability;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The read strategy and order a plan chooses, once, from the relation, the scope and the backend. */
class LoadPlanTest {
    private static final Session WINDOWS = Fakes.session(Set.of(Capability.WINDOW_FUNCTIONS));
    private static final Session PLAIN = Fakes.session(Set.of());

    private static RelationInfo rel(Class<?> model, String name) {
        return ModelRegistry.shared().unverified(model).relation(name);
    }

    @Test
    void aPlainHasManyReadsEveryChildGroupingAndLinkingAsRowsArrive() {
        LoadPlan plan = LoadPlan.of(PLAIN, rel(PlanModels.Writer.class, "books"), null, List.of());
        assertThat(plan.read().strategy()).isEqualTo(KeyedRead.Strategy.ALL);
        assertThat(plan.read().limit()).isNull();
        assertThat(plan.read().order()).as("no declared order: the database is not asked to sort").isEmpty();
        assertThat(plan.sortsInMemory()).isTrue();
        assertThat(plan.groupsWhileReading()).isTrue();
    }

    @Test
    void aPerOwnerLimitIsPartitionedWithWindowFunctionsElseOneReadPerOwner() {
        RelationInfo top = rel(PlanModels.Writer.class, "topBooks");
        LoadPlan partitioned = LoadPlan.of(WINDOWS, top, null, List.of());
        LoadPlan perKey = LoadPlan.of(PLAIN, top, null, List.of());
        assertThat(partitioned.read().strategy()).isEqualTo(KeyedRead.Strategy.PARTITIONED);
        assertThat(perKey.read().strategy()).isEqualTo(KeyedRead.Strategy.PER_KEY);
        assertThat(perKey.read().limit()).isEqualTo(2);
        assertThat(perKey.read().order()).as("the declared order completed by the id, so ties come the same way")
                .containsExactly(Order.desc("pages"), Order.asc("id"));
        assertThat(perKey.groupsWhileReading()).isFalse();
    }

    @Test
    void aHasOneKeepsTheFirstChildByWindowOrByGrouping() {
        RelationInfo latest = rel(PlanModels.Writer.class, "latest");
        assertThat(LoadPlan.of(WINDOWS, latest, null, List.of()).read().strategy())
                .isEqualTo(KeyedRead.Strategy.PARTITIONED);
        LoadPlan grouped = LoadPlan.of(PLAIN, latest, null, List.of());
        assertThat(grouped.read().strategy()).isEqualTo(KeyedRead.Strategy.FIRST_BY_GROUPING);
        assertThat(grouped.read().limit()).isEqualTo(1);
        assertThat(grouped.read().order()).containsExactly(Order.desc("id"));
    }

    @Test
    void aBelongsToReadsParentsByKeyWithoutOrder() {
        LoadPlan plan = LoadPlan.of(WINDOWS, rel(PlanModels.Book.class, "writer"), null, List.of());
        assertThat(plan.read().strategy()).isEqualTo(KeyedRead.Strategy.ALL);
        assertThat(plan.read().order()).isEmpty();
        assertThat(plan.read().key().columns()).containsExactly("id");
    }

    @Test
    void aScopeAddsItsOrderAndLimitBeforeTheRelationsOwn() {
        Scope scope = new Scope(null, List.of(Order.asc("pages")), 5);
        LoadPlan plan = LoadPlan.of(PLAIN, rel(PlanModels.Writer.class, "topBooks"), scope, List.of());
        assertThat(plan.limit()).isEqualTo(5);
        assertThat(plan.read().order()).containsExactly(Order.asc("pages"), Order.desc("pages"), Order.asc("id"));
        assertThat(plan.sortsInMemory()).isFalse();
    }
}
