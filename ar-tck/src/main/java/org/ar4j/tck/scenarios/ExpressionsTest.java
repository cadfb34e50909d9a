package org.ar4j.tck.scenarios;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiPredicate;
import java.util.stream.Stream;

import org.ar4j.Capability;
import org.ar4j.QueryException;
import org.ar4j.UnsupportedCapabilityException;
import org.ar4j.WriteConflictException;
import org.ar4j.query.FieldValue;
import org.ar4j.query.Order;
import org.ar4j.query.Predicate;
import org.ar4j.query.Where;
import org.ar4j.tck.CapabilityGate;
import org.ar4j.tck.TckScenario;
import org.ar4j.tck.fixtures.Gauge;
import org.ar4j.tck.fixtures.Gauge_;
import org.ar4j.tck.fixtures.Post;
import org.ar4j.tck.fixtures.Post_;
import org.ar4j.tck.fixtures.User;
import org.ar4j.tck.fixtures.User_;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Expressions in queries: {@code updateAll} with {@code plus}/{@code minus} (atomic, one statement, no read),
 * field-to-field assignment and comparison, and case-insensitive matches folding ASCII letters only, each against
 * an in-memory oracle of seeded random rows, read back through a second database.
 */
@Tag("queries")
class ExpressionsTest extends TckScenario {
    private final Random rnd = new Random(20261207_21L);
    private final List<Gauge> gauges = new ArrayList<>();

    private void seed(int n) {
        for (int i = 0; i < n; i++) {
            Integer low = rnd.nextInt(5) == 0 ? null : rnd.nextInt(10);
            Integer high = rnd.nextInt(5) == 0 ? null : rnd.nextInt(10);
            Long stock = rnd.nextInt(6) == 0 ? null : (long) rnd.nextInt(1000);
            gauges.add(new Gauge("g-" + i, stock, low, high).save());
        }
    }

    private Map<Long, Gauge> stored() {
        Map<Long, Gauge> out = new HashMap<>();
        observer().query(Gauge.class).all().forEach(g -> out.put(g.id, g));
        return out;
    }

    private static List<Long> ids(List<Gauge> list) {
        return list.stream().map(g -> g.id).sorted().toList();
    }

    @Test
    @DisplayName("plus/minus on seeded random subsets match the oracle, one statement each; null counters stay null")
    void plusAndMinus() {
        seed(30);
        for (int round = 0; round < 25; round++) {
            long below = gauges.get(rnd.nextInt(gauges.size())).id;
            int amount = rnd.nextInt(7) + 1;
            boolean up = rnd.nextBoolean();
            long changed = gauges.stream().filter(g -> g.id <= below && g.stock != null).count();
            int statements = queries.during(() -> assertThat(Gauge.query(Gauge.class).where(Gauge_.id.le(below))
                    .updateAll(up ? Gauge_.stock.plus((long) amount) : Gauge_.stock.minus((long) amount)))
                    .isEqualTo(changed));
            assertThat(statements).as("no read before the update").isEqualTo(1);
            gauges.stream().filter(g -> g.id <= below && g.stock != null).forEach(g -> g.stock += up ? amount : -amount);
        }
        Map<Long, Gauge> stored = stored();
        for (Gauge g : gauges) {
            assertThat(stored.get(g.id).stock).as("gauge %s", g.id).isEqualTo(g.stock);
        }
    }

    @Test
    @DisplayName("concurrent decrements from several threads and a second database all count: no lost update")
    void concurrentDecrementsAddUp() throws Exception {
        Gauge g = new Gauge("shared", 1000L, 0, 0).save();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                boolean second = t % 2 == 1;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 25; i++) {
                        decrementOnce(second ? observer() : db, g.id);
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(observer().find(Gauge.class, g.id).orElseThrow().stock).isEqualTo(900L);
    }

    /**
     * One decrement, run again when the backend reports a conflict (DuckDB's first writer wins even outside a
     * transaction): a conflicting update changed nothing, so running it again counts it once.
     */
    private static void decrementOnce(org.ar4j.Database on, long id) {
        for (int attempt = 1; ; attempt++) {
            try {
                on.query(Gauge.class).where(Gauge_.id.eq(id)).updateAll(Gauge_.stock.minus(1L));
                return;
            } catch (WriteConflictException e) {
                if (attempt == 200) {
                    throw e;
                }
                Thread.onSpinWait();
            }
        }
    }

    @Test
    @DisplayName("field-to-field comparisons match the oracle; a null on either side matches neither the test nor its negation")
    void compareFields() {
        seed(60);
        Map<String, BiPredicate<Integer, Integer>> ops = Map.of("lt", (a, b) -> a < b, "le", (a, b) -> a <= b,
                "gt", (a, b) -> a > b, "ge", (a, b) -> a >= b, "eq", Integer::equals);
        for (Map.Entry<String, BiPredicate<Integer, Integer>> op : ops.entrySet()) {
            Predicate p = switch (op.getKey()) {
                case "lt" -> Gauge_.low.ltField(Gauge_.high);
                case "le" -> Gauge_.low.leField(Gauge_.high);
                case "gt" -> Gauge_.low.gtField(Gauge_.high);
                case "ge" -> Gauge_.low.geField(Gauge_.high);
                default -> Gauge_.low.eqField(Gauge_.high);
            };
            List<Long> yes = gauges.stream().filter(g -> g.low != null && g.high != null
                    && op.getValue().test(g.low, g.high)).map(g -> g.id).sorted().toList();
            List<Long> no = gauges.stream().filter(g -> g.low != null && g.high != null
                    && !op.getValue().test(g.low, g.high)).map(g -> g.id).sorted().toList();
            assertThat(ids(db.query(Gauge.class).where(p).all())).as(op.getKey()).isEqualTo(yes);
            assertThat(ids(db.query(Gauge.class).where(Where.not(p)).all())).as("not " + op.getKey()).isEqualTo(no);
        }
        assertThat(db.query(Gauge.class).where(Where.lt("low", FieldValue.of("high"))).count())
                .isEqualTo(gauges.stream().filter(g -> g.low != null && g.high != null && g.low < g.high).count());
    }

    @TestFactory
    Stream<DynamicTest> fieldToFieldAssignment() {
        return CapabilityGate.scenario(db, Capability.FIELD_TO_FIELD_UPDATES,
                "updateAll sets a field from another field of each row, nulls included", () -> {
                    seed(25);
                    assertThat(db.query(Gauge.class).updateAll(Gauge_.high.setTo(Gauge_.low))).isEqualTo(25);
                    Map<Long, Gauge> stored = stored();
                    for (Gauge g : gauges) {
                        assertThat(stored.get(g.id).high).as("gauge %s", g.id).isEqualTo(g.low);
                    }
                },
                () -> {
                    seed(3);
                    Map<Long, Gauge> before = stored();
                    assertThatThrownBy(() -> db.query(Gauge.class).updateAll(Gauge_.high.setTo(Gauge_.low)))
                            .isInstanceOf(UnsupportedCapabilityException.class)
                            .hasMessageContaining("FIELD_TO_FIELD_UPDATES");
                    stored().forEach((id, g) -> assertThat(g.high).isEqualTo(before.get(id).high));
                });
    }

    private static String fold(String s) {
        StringBuilder b = new StringBuilder(s);
        for (int i = 0; i < b.length(); i++) {
            char c = b.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                b.setCharAt(i, (char) (c + 32));
            }
        }
        return b.toString();
    }

    @Test
    @DisplayName("equalsIgnoreCase and ilike fold ASCII letters only: seeded labels with accents, ß, dotted I, % and _")
    void ignoringCase() {
        String[] parts = {"a", "A", "b", "B", "é", "É", "ß", "SS", "İ", "ı", "i", "I", "%", "_", "z", "Z", " "};
        List<Gauge> labelled = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            StringBuilder label = new StringBuilder();
            for (int k = 1 + rnd.nextInt(4); k > 0; k--) {
                label.append(parts[rnd.nextInt(parts.length)]);
            }
            labelled.add(new Gauge(label.toString(), 1L, 1, 1).save());
        }
        for (int round = 0; round < 40; round++) {
            String probe = labelled.get(rnd.nextInt(labelled.size())).label;
            String asked = rnd.nextBoolean() ? probe.toUpperCase(java.util.Locale.ROOT) : probe;
            List<Long> equal = labelled.stream().filter(g -> fold(g.label).equals(fold(asked))).map(g -> g.id).sorted()
                    .toList();
            assertThat(ids(db.query(Gauge.class).where(Gauge_.label.equalsIgnoreCase(asked)).all())).as(asked)
                    .isEqualTo(equal);
            String prefix = asked.substring(0, 1);
            List<Long> starting = labelled.stream().filter(g -> fold(g.label).startsWith(fold(prefix))).map(g -> g.id)
                    .sorted().toList();
            assertThat(ids(db.query(Gauge.class).where(Gauge_.label.ilike(Where.escapeLike(prefix) + "%")).all()))
                    .as(prefix + "%").isEqualTo(starting);
        }
    }

    @Test
    @DisplayName("bad expressions are refused naming the fields, before any statement")
    void refusals() {
        seed(3);
        Map<Long, Gauge> before = stored();
        int statements = queries.during(() -> {
            assertThatThrownBy(() -> db.query(Gauge.class).updateAll(Map.of("price", FieldValue.of("price").plus(1))))
                    .isInstanceOf(QueryException.class).hasMessageContaining("Gauge.price");
            assertThatThrownBy(() -> db.query(Gauge.class).updateAll(Map.of("low", FieldValue.of("label"))))
                    .isInstanceOf(QueryException.class).hasMessageContaining("Gauge.label");
            assertThatThrownBy(() -> db.query(Gauge.class).where(Where.lt("low", FieldValue.of("high").plus(1))).count())
                    .isInstanceOf(QueryException.class).hasMessageContaining("as it is");
            assertThatThrownBy(() -> db.query(Gauge.class).updateAll(Gauge_.low.plus(1), Gauge_.high.setTo(Gauge_.low)))
                    .isInstanceOf(QueryException.class).hasMessageContaining("two updateAll");
            assertThatThrownBy(() -> db.query(Gauge.class).updateAll(Map.of("stock", FieldValue.of("stock").plus(0.5))))
                    .isInstanceOf(QueryException.class).hasMessageContaining("whole");
        });
        assertThat(statements).isZero();
        assertThat(stored()).hasSameSizeAs(before);
        stored().forEach((id, g) -> assertThat(g.stock).isEqualTo(before.get(id).stock));
        assertThat(db.query(Gauge.class).orderBy(Order.asc("id")).count()).isEqualTo(3);
    }

    @TestFactory
    Stream<DynamicTest> orderByABelongsToField() {
        return CapabilityGate.scenario(db, Capability.JOINS,
                "orderBy a BelongsTo target's field: posts by author name, authorless first ascending, in pages", () -> {
                    List<User> users = new ArrayList<>();
                    for (int i = 0; i < 8; i++) {
                        users.add(new User("user-" + (char) ('a' + rnd.nextInt(26)) + i).save());
                    }
                    List<Post> posts = new ArrayList<>();
                    for (int i = 0; i < 30; i++) {
                        Post p = new Post(users.get(rnd.nextInt(users.size())), "p" + i);
                        if (rnd.nextInt(5) == 0) {
                            p.authorId = null;   // no author: first ascending, last descending
                        }
                        posts.add(p.save());
                    }
                    Map<Long, String> names = new HashMap<>();
                    users.forEach(u -> names.put(u.id, u.username));
                    java.util.Comparator<Post> byName = java.util.Comparator.comparing(
                            (Post p) -> p.authorId == null ? null : names.get(p.authorId),
                            java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()));
                    List<Long> asc = posts.stream().sorted(byName.thenComparing(p -> p.id)).map(p -> p.id).toList();
                    List<Long> desc = posts.stream().sorted(byName.reversed().thenComparing(p -> p.id)).map(p -> p.id)
                            .toList();
                    org.ar4j.query.RelatedField<String> author = Post_.author.then(User_.username);
                    assertThat(Post.query().orderBy(author.asc(), Post_.id.asc()).all()).extracting(p -> p.id)
                            .isEqualTo(asc);
                    assertThat(Post.query().orderBy(author.desc(), Post_.id.asc()).with("author").all())
                            .extracting(p -> p.id).isEqualTo(desc);
                    var page = Post.query().orderBy(author.asc(), Post_.id.asc()).page(2, 7, true);
                    assertThat(page.items()).extracting(p -> p.id).isEqualTo(asc.subList(7, 14));
                    assertThat(page.total().getAsLong()).isEqualTo(30);
                    assertThatThrownBy(() -> Post.query().orderBy(author.asc()).after(posts.get(0)))
                            .isInstanceOf(QueryException.class).hasMessageContaining("own fields");
                    assertThatThrownBy(() -> Post.query().orderBy(author.asc()).select(Post_.id).tuples())
                            .isInstanceOf(QueryException.class).hasMessageContaining("own fields");
                },
                () -> assertThatThrownBy(() -> Post.query().orderBy(Post_.author.then(User_.username).asc()))
                        .isInstanceOf(UnsupportedCapabilityException.class).hasMessageContaining("JOINS"));
    }
}
