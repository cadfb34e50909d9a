package org.ar4j.core.internal.load;

import java.util.List;
import java.util.Set;

import org.ar4j.core.internal.meta.ModelRegistry;
import org.ar4j.core.internal.meta.RelationInfo;
import org.ar4j.core.internal.session.Session;
import org.ar4j.cache.RelationCache;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The linker sets owners' values and inverse links, and nothing when the batch does not store. */
class LinkerTest {
    private final Session session = Fakes.session(Set.of());
    private final RelationInfo books = ModelRegistry.shared().unverified(PlanModels.Writer.class).relation("books");
    private final RelationInfo writer = ModelRegistry.shared().unverified(PlanModels.Book.class).relation("writer");

    private RelationCache.Entry cached(Object owner, RelationInfo rel) {
        return session.cacheFor(rel).get((org.ar4j.ActiveRecord<?>) owner, rel.cacheKey());
    }

    @Test
    void valuesAreCachedOnTheirOwnersAndTheFirstIsReturned() {
        PlanModels.Writer a = new PlanModels.Writer();
        PlanModels.Writer b = new PlanModels.Writer();
        LoadPlan plan = LoadPlan.of(session, books, null, List.of());
        Linker linker = new Linker(session, plan, List.of(a, b), true);
        linker.value(0, List.of());
        linker.value(1, List.of());
        assertThat(linker.first()).isEqualTo(List.of());
        assertThat(cached(a, books)).isNotNull();
        assertThat(cached(b, books)).isNotNull();
    }

    @Test
    void aBatchThatDoesNotStoreCachesNothing() {
        PlanModels.Writer a = new PlanModels.Writer();
        Linker linker = new Linker(session, LoadPlan.of(session, books, null, List.of()), List.of(a), false);
        linker.value(0, List.of());
        assertThat(cached(a, books)).isNull();
    }

    @Test
    void childrenGroupedByAPlainHasManySeeTheirOwner() {
        PlanModels.Writer owner = new PlanModels.Writer();
        PlanModels.Book child = new PlanModels.Book();
        LoadPlan plan = LoadPlan.of(session, books, null, List.of());
        Linker linker = new Linker(session, plan, List.of(owner), true);
        linker.child(child, owner);
        assertThat(cached(child, writer)).isNotNull();
        assertThat(cached(child, writer).value()).isSameAs(owner);
    }

    @Test
    void aBelongsToLinksNothingBackWhenTheInverseIsAHasMany() {
        PlanModels.Book child = new PlanModels.Book();
        PlanModels.Writer parent = new PlanModels.Writer();
        Linker linker = new Linker(session, LoadPlan.of(session, writer, null, List.of()), List.of(child), true);
        linker.value(0, parent);
        assertThat(cached(child, writer).value()).isSameAs(parent);
        assertThat(cached(parent, books)).as("a parent's children are not known from one child").isNull();
    }
}
