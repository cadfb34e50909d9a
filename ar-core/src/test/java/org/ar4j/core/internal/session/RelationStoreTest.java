package org.ar4j.core.internal.session;

import java.time.Clock;
import java.time.Duration;

import org.ar4j.LoadMode;
import org.ar4j.cache.CacheConfig;
import org.ar4j.cache.RelationCache;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The relation store's one space-saving case, the bare inverse link, behaves as a cached entry. */
class RelationStoreTest {
    private final RelationCache.RelationKey inverse = new RelationCache.RelationKey(Object.class, "owner",
            CacheConfig.defaults());
    private final RelationCache.RelationKey other = new RelationCache.RelationKey(Object.class, "other",
            CacheConfig.defaults());

    /** A record to be an owner. */
    static class Owner extends org.ar4j.ActiveRecord<Owner> {
        @org.ar4j.Id public Long id;
    }

    private RecordState readThrough(Origin origin) {
        return RecordState.read(origin, 2);
    }

    @Test
    void aRecordOfAnOriginThatNamesTheInverseHoldsItsOwnerBare() {
        Origin origin = new Origin(null, true, LoadMode.PEERS, null, inverse);
        RecordState st = readThrough(origin);
        Owner owner = new Owner();
        assertThat(RelationStore.link(st, inverse, owner)).isTrue();
        assertThat(st.relations).as("no slots: the owner itself").isSameAs(owner);
        assertThat(RelationStore.get(st, inverse, Long.MIN_VALUE)).isSameAs(owner);
        assertThat(RelationStore.get(st, other, Long.MIN_VALUE)).isSameAs(RelationStore.ABSENT);
        assertThat(RelationStore.link(st, inverse, new Owner())).as("linked once").isFalse();
        RecordState second = readThrough(origin);
        assertThat(RelationStore.link(second, other, owner)).as("another relation is not linked bare").isFalse();
    }

    @Test
    void aWriteOrANewOriginKeepsTheBareValueAsASlot() {
        Origin origin = new Origin(null, true, LoadMode.PEERS, null, inverse);
        RecordState st = readThrough(origin);
        Owner owner = new Owner();
        RelationStore.link(st, inverse, owner);
        RelationStore.put(st, other, "x", 0L);
        assertThat(RelationStore.get(st, inverse, Long.MIN_VALUE)).isEqualTo(owner);
        assertThat(RelationStore.get(st, other, Long.MIN_VALUE)).isEqualTo("x");

        RecordState moved = readThrough(origin);
        RelationStore.link(moved, inverse, owner);
        moved.setOrigin(new Origin(null, false, null, null));
        assertThat(RelationStore.get(moved, inverse, Long.MIN_VALUE)).as("kept across the origin change")
                .isEqualTo(owner);
        RelationStore.clear(moved);
        assertThat(RelationStore.get(moved, inverse, Long.MIN_VALUE)).isSameAs(RelationStore.ABSENT);
    }

    @Test
    void onlyTheDefaultCacheWithoutTtlOrBoundLinksBare() {
        DefaultRelationCache cache = new DefaultRelationCache(Clock.systemUTC());
        assertThat(RelationStore.bareLinks(cache, inverse)).isSameAs(inverse);
        assertThat(RelationStore.bareLinks(cache, new RelationCache.RelationKey(Object.class, "ttl",
                CacheConfig.ttl(Duration.ofSeconds(5))))).isNull();
        assertThat(RelationStore.bareLinks(cache, new RelationCache.RelationKey(Object.class, "bounded",
                CacheConfig.maxSize(10)))).isNull();
    }
}
