package org.ar4j.tck.scenarios;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.ar4j.ArgumentException;
import org.ar4j.LoadMode;
import org.ar4j.QueryException;
import org.ar4j.query.DefaultScope;
import org.ar4j.query.GroupRow;
import org.ar4j.query.Order;
import org.ar4j.query.Where;
import org.ar4j.tck.TckScenario;
import org.ar4j.tck.fixtures.Forum;
import org.ar4j.tck.fixtures.Post;
import org.ar4j.tck.fixtures.Topic;
import org.ar4j.tck.fixtures.Topic_;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Default and named scopes: {@code Topic.VISIBLE} leaves hidden topics out of every read and bulk write of them,
 * checked against an in-memory oracle of seeded random topics, through a second database; {@code unscoped()}
 * brings them back where asked.
 */
@Tag("scopes")
class ScopesTest extends TckScenario {
    private final Random rnd = new Random(20261207_11L);
    private final List<Forum> forums = new ArrayList<>();
    private final List<Topic> topics = new ArrayList<>();

    private void seed(int n) {
        for (int f = 0; f < 4; f++) {
            forums.add(new Forum("forum-" + f).save());
        }
        for (int i = 0; i < n; i++) {
            Forum forum = forums.get(rnd.nextInt(3));   // the last forum has no topics
            String title = (char) ('a' + rnd.nextInt(3)) + "-" + i;
            topics.add(new Topic(forum, title, rnd.nextInt(3) == 0, rnd.nextInt(20)).save());
        }
    }

    private List<Long> ids(Predicate<Topic> which) {
        return topics.stream().filter(which).map(t -> t.id).sorted().toList();
    }

    private static List<Long> ids(List<Topic> records) {
        return records.stream().map(t -> t.id).sorted().toList();
    }

    private static final Predicate<Topic> VISIBLE = t -> !t.hidden;

    @Test
    @DisplayName("all, count, exists, pluck, sums, pages, streams and groups read visible topics only; unscoped() all")
    void everyReadIsScoped() {
        seed(60);
        assertThat(ids(Topic.query().all())).isEqualTo(ids(VISIBLE));
        assertThat(Topic.query().count()).isEqualTo(ids(VISIBLE).size());
        assertThat(Topic.query().pluck("id", Long.class)).containsExactlyInAnyOrderElementsOf(ids(VISIBLE));
        long sum = topics.stream().filter(VISIBLE).mapToLong(t -> t.score).sum();
        assertThat(Topic.query().sum("score", Long.class)).isEqualTo(sum);
        assertThat(Topic.query().max("score", Integer.class)).isEqualTo(topics.stream().filter(VISIBLE)
                .map(t -> t.score).max(Comparator.naturalOrder()));
        List<Long> paged = new ArrayList<>();
        for (int page = 1; page <= 10; page++) {
            Topic.query().orderBy(Order.asc("id")).page(page, 7, false).items().forEach(t -> paged.add(t.id));
        }
        assertThat(paged).isEqualTo(ids(VISIBLE));
        try (Stream<Topic> s = Topic.query().stream()) {
            assertThat(s.map(t -> t.id).sorted().toList()).isEqualTo(ids(VISIBLE));
        }
        Map<Long, Long> perForum = new TreeMap<>(topics.stream().filter(VISIBLE)
                .collect(Collectors.groupingBy(t -> t.forumId, Collectors.counting())));
        Map<Long, Long> grouped = new TreeMap<>();
        for (GroupRow row : Topic.query().groupBy("forumId").count().rows()) {
            grouped.put(row.get("forumId", Long.class), row.count());
        }
        assertThat(grouped).isEqualTo(perForum);
        assertThat(Topic.query().select(Topic_.id).tuples()).hasSize(ids(VISIBLE).size());
        assertThat(ids(Topic.query().unscoped().all())).isEqualTo(ids(t -> true));
        assertThat(Topic.query().unscoped(Topic.VISIBLE).count()).isEqualTo(topics.size());
        assertThat(Topic.query().where("hidden", true).count()).as("the scope and the condition exclude each other")
                .isZero();
        assertThat(ids(Topic.query().unscoped().where("hidden", true).all())).isEqualTo(ids(t -> t.hidden));
    }

    @Test
    @DisplayName("find and exists by id miss a hidden topic; reload by key still reads it")
    void findById() {
        seed(20);
        Topic hidden = topics.stream().filter(t -> t.hidden).findFirst().orElseThrow();
        Topic shown = topics.stream().filter(VISIBLE).findFirst().orElseThrow();
        assertThat(db.find(Topic.class, hidden.id)).isEmpty();
        assertThat(db.find(Topic.class, shown.id)).isPresent();
        assertThat(Topic.query().whereId(hidden.id).exists()).isFalse();
        assertThat(Topic.query().unscoped().whereId(hidden.id).one().title).isEqualTo(hidden.title);
        hidden.title = "changed";
        hidden.reload();
        assertThat(hidden.title).isNotEqualTo("changed");
    }

    @Test
    @DisplayName("lazy, eager, PEERS, has, withCount and relation queries leave hidden topics out unless unscoped")
    void relationsAreScoped() {
        seed(50);
        for (Forum f : forums) {
            Predicate<Topic> mine = t -> t.forumId.equals(f.id);
            assertThat(ids(f.topics())).isEqualTo(ids(mine.and(VISIBLE)));
            assertThat(ids(Forum.TOPICS.query(f).all())).isEqualTo(ids(mine.and(VISIBLE)));
            assertThat(ids(Forum.TOPICS.query(f).unscoped().all())).isEqualTo(ids(mine));
        }
        List<Forum> eager = Forum.query().orderBy(Order.asc("id")).with("topics").all();
        List<Forum> all = Forum.query().orderBy(Order.asc("id")).with("topics", q -> q.unscoped()).all();
        List<Forum> peers = Forum.query().orderBy(Order.asc("id")).loadMode(LoadMode.PEERS).all();
        List<Forum> counted = Forum.query().orderBy(Order.asc("id")).withCount("topics").all();
        int loads = queries.during(() -> peers.forEach(Forum::topics));
        assertThat(loads).as("PEERS loads every forum's topics in one statement").isEqualTo(1);
        for (int i = 0; i < forums.size(); i++) {
            Long fid = forums.get(i).id;
            Predicate<Topic> mine = t -> t.forumId.equals(fid);
            assertThat(ids(eager.get(i).topics())).isEqualTo(ids(mine.and(VISIBLE)));
            assertThat(ids(peers.get(i).topics())).isEqualTo(ids(mine.and(VISIBLE)));
            assertThat(ids(all.get(i).topics())).isEqualTo(ids(mine));
            assertThat(Forum.TOPICS.count(counted.get(i))).isEqualTo(ids(mine.and(VISIBLE)).size());
        }
        List<Long> withHidden = forums.stream().filter(f -> topics.stream().anyMatch(t -> t.hidden
                && t.forumId.equals(f.id))).map(f -> f.id).sorted().toList();
        List<Long> withShown = forums.stream().filter(f -> topics.stream().anyMatch(t -> !t.hidden
                && t.forumId.equals(f.id))).map(f -> f.id).sorted().toList();
        assertThat(Forum.query().where(Where.has("topics")).pluck("id", Long.class)).containsExactlyInAnyOrderElementsOf(
                withShown);
        assertThat(Forum.query().where(Where.has("topics", Where.eq("hidden", true))).count())
                .as("has(...) cannot see hidden topics, even when asked for them").isZero();
        assertThat(withHidden).isNotEmpty();
    }

    @Test
    @DisplayName("updateAll and deleteAll write visible topics only; unscoped() writes all, checked by a second database")
    void bulkWritesAreScoped() {
        seed(40);
        long visible = ids(VISIBLE).size();
        assertThat(Topic.query().updateAll(Map.of("score", 99))).isEqualTo(visible);
        topics.stream().filter(VISIBLE).forEach(t -> t.score = 99);
        for (Topic t : observer().query(Topic.class).unscoped().all()) {
            int expected = topics.stream().filter(o -> o.id.equals(t.id)).findFirst().orElseThrow().score;
            assertThat(t.score).as("topic %s", t.id).isEqualTo(expected);
        }
        assertThat(Topic.query().deleteAll()).isEqualTo(visible);
        assertThat(ids(observer().query(Topic.class).unscoped().all())).isEqualTo(ids(t -> t.hidden));
        assertThat(Topic.query().unscoped().deleteAll()).isEqualTo(topics.size() - visible);
        assertThat(observer().query(Topic.class).unscoped().count()).isZero();
    }

    @Test
    @DisplayName("named scopes chain with apply(...) and with the default scope, matching the oracle")
    void namedScopes() {
        seed(80);
        Predicate<Topic> popular = t -> t.score >= 10;
        Predicate<Topic> early = t -> t.title.startsWith("a");
        assertThat(ids(Topic.query().apply(Topic::popular).all())).isEqualTo(ids(VISIBLE.and(popular)));
        assertThat(ids(Topic.query().apply(Topic::popular).apply(Topic::early).all()))
                .isEqualTo(ids(VISIBLE.and(popular).and(early)));
        assertThat(ids(Topic.query().unscoped().apply(Topic::early).all())).isEqualTo(ids(early));
        assertThat(ids(Forum.TOPICS.query(forums.get(0)).apply(Topic::popular).all()))
                .isEqualTo(ids(VISIBLE.and(popular).and(t -> t.forumId.equals(forums.get(0).id))));
    }

    @Test
    @DisplayName("bad scope calls are refused naming the model and the fix, and read nothing")
    void refusals() {
        seed(5);
        int statements = queries.during(() -> {
            assertThatThrownBy(() -> Topic.query().apply(null)).isInstanceOf(ArgumentException.class)
                    .hasMessageContaining("Post::published");
            assertThatThrownBy(() -> Topic.query().apply(q -> null)).isInstanceOf(ArgumentException.class);
            DefaultScope<Topic> foreign = DefaultScope.of(Where.eq("hidden", true));
            assertThatThrownBy(() -> Topic.query().unscoped(foreign)).isInstanceOf(QueryException.class)
                    .hasMessageContaining("Topic").hasMessageContaining("visible");
            DefaultScope<Post> undeclared = DefaultScope.of(Where.eq("score", 1));
            assertThatThrownBy(() -> Post.query().unscoped(undeclared)).isInstanceOf(QueryException.class)
                    .hasMessageContaining("declares none");
            assertThatThrownBy(() -> Topic.query().withDeleted()).isInstanceOf(QueryException.class)
                    .hasMessageContaining("@SoftDelete");
            assertThatThrownBy(() -> Topic.query().onlyDeleted()).isInstanceOf(QueryException.class)
                    .hasMessageContaining("Topic");
        });
        assertThat(statements).isZero();
        assertThatThrownBy(() -> DefaultScope.of(null)).isInstanceOf(ArgumentException.class);
    }
}
