package org.ar4j.tck.scenarios;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.ar4j.QueryException;
import org.ar4j.query.Order;
import org.ar4j.query.Page;
import org.ar4j.query.Query;
import org.ar4j.tck.TckScenario;
import org.ar4j.tck.fixtures.Sample;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Keyset pages (after/page) over ties and nulls, compared with the in-memory order; offset pages with a total. */
@Tag("pagination")
class PaginationTest extends TckScenario {
    private static final long SEED = 20261202L;

    private List<Sample> seed(Random rnd, int rows) {
        List<Sample> all = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            Sample s = new Sample();
            s.name = rnd.nextInt(5) == 0 ? null : "n" + rnd.nextInt(6);        // many ties
            s.n = rnd.nextInt(5) == 0 ? null : rnd.nextInt(8) - 4;
            all.add(s);
        }
        db.insertAll(all);
        return all;
    }

    private static final Comparator<Sample> BY_ID = Comparator.comparing(s -> s.id);
    private static final Comparator<Sample> NAME_ASC = Comparator.comparing(s -> s.name, Comparator.nullsFirst(
            Comparator.naturalOrder()));
    private static final Comparator<Sample> N_DESC = Comparator.comparing(s -> s.n, Comparator.nullsLast(
            Comparator.<Integer>reverseOrder()));

    private List<Long> walk(Query<Sample> query, Random rnd) {
        List<Long> seen = new ArrayList<>();
        int size = 1 + rnd.nextInt(7);
        queries.reset();
        Page<Sample> page = query.page(size);
        int pages = 1;
        while (true) {
            page.items().forEach(s -> seen.add(s.id));
            if (!page.hasNext()) {
                assertThat(page.items().size()).isLessThanOrEqualTo(size);
                break;
            }
            assertThat(page.items()).hasSize(size);
            page = query.after(page.last().orElseThrow()).page(size);
            pages++;
        }
        assertThat(queries.count()).as("one query per page").isEqualTo(pages);
        return seen;
    }

    @Test
    @DisplayName("walking keyset pages of random sizes visits every row once, in the in-memory order, for three orders")
    void keysetWalks() {
        Random rnd = new Random(SEED);
        List<Sample> all = seed(rnd, 90);
        List<Query<Sample>> queriesToWalk = List.of(Sample.query(Sample.class).orderBy(Order.asc("name")),
                Sample.query(Sample.class).orderBy(Order.desc("n")),
                Sample.query(Sample.class).orderBy(Order.asc("name"), Order.desc("n")));
        List<Comparator<Sample>> orders = List.of(NAME_ASC.thenComparing(BY_ID), N_DESC.thenComparing(BY_ID),
                NAME_ASC.thenComparing(N_DESC).thenComparing(BY_ID));
        for (int i = 0; i < orders.size(); i++) {
            List<Long> expected = all.stream().sorted(orders.get(i)).map(s -> s.id).toList();
            for (int round = 0; round < 4; round++) {
                assertThat(walk(queriesToWalk.get(i), rnd)).as("seed %d, order %d, round %d", SEED, i, round)
                        .isEqualTo(expected);
            }
        }
    }

    @Test
    @DisplayName("a row inserted before the current page does not shift the next keyset page")
    void stableUnderInserts() {
        seed(new Random(SEED + 1), 30);
        Query<Sample> q = Sample.query(Sample.class).orderBy(Order.asc("n"));
        Page<Sample> first = q.page(10);
        Sample early = new Sample();
        early.n = -100;
        early.save();
        Page<Sample> second = q.after(first.last().orElseThrow()).page(10);
        assertThat(second.items()).extracting(s -> s.id).doesNotContainAnyElementsOf(first.items().stream()
                .map(s -> s.id).toList()).doesNotContain(early.id);
    }

    @Test
    @DisplayName("offset pages are numbered from 1 and carry the total when asked (one more query)")
    void offsetPages() {
        seed(new Random(SEED + 2), 23);
        Query<Sample> q = Sample.query(Sample.class).orderBy("id");
        queries.reset();
        Page<Sample> third = q.page(3, 10, true);
        assertThat(queries.count()).isEqualTo(2);
        assertThat(third.items()).hasSize(3);
        assertThat(third.hasNext()).isFalse();
        assertThat(third.total()).hasValue(23);
        Page<Sample> first = q.page(1, 10, false);
        assertThat(first.hasNext()).isTrue();
        assertThat(first.total()).isEmpty();
        assertThat(first.items()).extracting(s -> s.id).isEqualTo(q.limit(10).pluck("id", Long.class));
    }

    @Test
    @DisplayName("bad page arguments fail before any query")
    void badArguments() {
        queries.reset();
        assertThatThrownBy(() -> Sample.query(Sample.class).page(0)).isInstanceOf(QueryException.class);
        assertThatThrownBy(() -> Sample.query(Sample.class).page(0, 5, false)).isInstanceOf(QueryException.class)
                .hasMessageContaining("from 1");
        assertThatThrownBy(() -> Sample.query(Sample.class).limit(3).page(2)).isInstanceOf(QueryException.class)
                .hasMessageContaining("limit");
        assertThatThrownBy(() -> Sample.query(Sample.class).after(new Sample())).isInstanceOf(QueryException.class)
                .hasMessageContaining("saved");
        assertThat(queries.count()).isZero();
    }
}
