package org.ar4j.core.internal.session;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.ar4j.cache.CacheConfig;
import org.ar4j.cache.RelationCache;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Relation slots (two inline, the rest in an array) against a map, under seeded random puts, removes and clears. */
class RelationSlotsTest {

    @Test
    void behavesAsAMapOfRelationToValue() {
        List<RelationCache.RelationKey> keys = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            keys.add(new RelationCache.RelationKey(Object.class, "r" + i, CacheConfig.defaults()));
        }
        for (long seed = 1; seed <= 200; seed++) {
            Random random = new Random(seed);
            RelationSlots slots = new RelationSlots();
            Map<RelationCache.RelationKey, Object> model = new HashMap<>();
            for (int step = 0; step < 60; step++) {
                RelationCache.RelationKey k = keys.get(random.nextInt(keys.size()));
                int op = random.nextInt(10);
                if (op < 6) {
                    Object v = random.nextInt(5) == 0 ? null : "v" + random.nextInt(1000);
                    slots.put(k, v, 0L);
                    model.put(k, v);
                } else if (op < 9) {
                    slots.remove(k);
                    model.remove(k);
                } else {
                    slots.clear();
                    model.clear();
                }
                for (RelationCache.RelationKey q : keys) {
                    Object v = slots.get(q, Long.MIN_VALUE);
                    assertThat(v != RelationStore.ABSENT).as("seed %d step %d: %s cached", seed, step, q.name())
                            .isEqualTo(model.containsKey(q));
                    if (v != RelationStore.ABSENT) {
                        assertThat(v).as("seed %d step %d: %s", seed, step, q.name()).isEqualTo(model.get(q));
                    }
                }
            }
        }
    }
}
