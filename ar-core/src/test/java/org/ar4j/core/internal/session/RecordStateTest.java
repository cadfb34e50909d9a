package org.ar4j.core.internal.session;

import java.util.Arrays;
import java.util.Random;

import org.ar4j.LoadMode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A record state's loaded values (four inline, the rest in an array) against a plain array, for models of 0 to 10
 * fields, under seeded random sets, copies, restores and deletions.
 */
class RecordStateTest {

    @Test
    void loadedValuesBehaveAsAnArray() {
        for (long seed = 1; seed <= 300; seed++) {
            Random random = new Random(seed);
            int fields = random.nextInt(11);
            RecordState st = RecordState.read(new Origin(null, true, LoadMode.PEERS, null), fields);
            Object[] model = new Object[fields];
            Object[] saved = st.values();
            Object[] savedModel = model.clone();
            for (int step = 0; step < 40 && fields > 0; step++) {
                int op = random.nextInt(10);
                if (op < 6) {
                    int i = random.nextInt(fields);
                    Object v = random.nextBoolean() ? null : "v" + random.nextInt(100);
                    st.setValue(i, v);
                    model[i] = v;
                } else if (op < 8) {
                    saved = st.values();
                    savedModel = model.clone();
                } else if (op < 9) {
                    st.setValues(saved);
                    model = savedModel.clone();
                } else {
                    st.deleted();
                    Arrays.fill(model, null);
                    assertThat(st.isPersisted()).as("seed %d: deleted", seed).isFalse();
                }
                for (int i = 0; i < fields; i++) {
                    assertThat(st.loaded(i)).as("seed %d step %d field %d of %d", seed, step, i, fields)
                            .isEqualTo(model[i]);
                }
                assertThat(Arrays.copyOf(st.values(), fields)).as("seed %d step %d copy", seed, step)
                        .containsExactly(model);
            }
        }
    }
}
