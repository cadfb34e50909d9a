package org.ar4j.tck.scenarios;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.ar4j.QueryException;
import org.ar4j.query.GroupRow;
import org.ar4j.query.Order;
import org.ar4j.query.Where;
import org.ar4j.tck.TckScenario;
import org.ar4j.tck.fixtures.Post;
import org.ar4j.tck.fixtures.Post_;
import org.ar4j.tck.fixtures.User;
import org.ar4j.tck.fixtures.User_;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Queries written with the generated metamodel (User_, Post_) give what the string-named forms and an in-memory model give. */
@Tag("typed")
class TypedQueriesTest extends TckScenario {
    private static final long SEED = 20261205L;

    /** Seeded posts for a few users; returns them as saved. */
    private List<Post> seed(Random random) {
        List<User> users = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            users.add(new User("u" + i).save());
        }
        List<Post> posts = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            User author = users.get(random.nextInt(users.size() - 1)); // the last user writes nothing
            Post p = new Post(author, (random.nextBoolean() ? "a%_" : "b") + random.nextInt(100));
            p.score = random.nextInt(50) - 10;
            p.published = random.nextBoolean();
            posts.add(p.save());
        }
        return posts;
    }

    @Test
    @DisplayName("typed where, order and pluck match an in-memory filter and sort of seeded posts")
    void whereOrderPluck() {
        Random random = new Random(SEED);
        List<Post> posts = seed(random);
        for (int round = 0; round < 5; round++) {
            int k = random.nextInt(40) - 10;
            List<Long> expected = posts.stream().filter(p -> p.score > k && p.published)
                    .sorted(Comparator.<Post>comparingInt(p -> -p.score).thenComparing(p -> p.id))
                    .map(p -> p.id).collect(Collectors.toList());
            List<Long> typed = Post.query().where(Where.and(Post_.score.gt(k), Post_.published.eq(true)))
                    .orderBy(Post_.score.desc(), Post_.id.asc()).pluck(Post_.id);
            assertThat(typed).as("score > %d", k).containsExactlyElementsOf(expected);
            assertThat(typed).isEqualTo(Post.query().where(Where.and(Where.gt("score", k), Where.eq("published", true)))
                    .orderBy(Order.desc("score"), Order.asc("id")).pluck("id", Long.class));
        }
        long literal = posts.stream().filter(p -> p.title.startsWith("a%_")).count();
        assertThat(Post.query().where(Post_.title.startsWith("a%_")).count()).isEqualTo(literal);
        assertThat(Post.query().where(Post_.title.contains("%_")).count()).isEqualTo(literal);
    }

    @Test
    @DisplayName("typed sum, min, max and average equal the in-memory values, with the sum of an int field a Long")
    void aggregates() {
        List<Post> posts = seed(new Random(SEED + 1));
        Long sum = Post.query().sum(Post_.score);
        assertThat(sum).isEqualTo(posts.stream().mapToLong(p -> p.score).sum());
        assertThat(Post.query().min(Post_.score)).contains(posts.stream().mapToInt(p -> p.score).min().orElseThrow());
        assertThat(Post.query().max(Post_.title)).contains(posts.stream().map(p -> p.title).max(String::compareTo)
                .orElseThrow());
        assertThat(Post.query().average(Post_.score).getAsDouble())
                .isCloseTo(posts.stream().mapToInt(p -> p.score).average().orElseThrow(), org.assertj.core.data.Offset
                        .offset(1e-9));
        assertThat(Post.query().pluckDistinct(Post_.authorId)).containsExactlyElementsOf(
                posts.stream().map(p -> p.authorId).distinct().sorted().collect(Collectors.toList()));
    }

    @Test
    @DisplayName("typed groupBy counts and sums per author like the in-memory grouping")
    void grouping() {
        List<Post> posts = seed(new Random(SEED + 2));
        Map<Long, long[]> expected = new TreeMap<>();
        for (Post p : posts) {
            long[] acc = expected.computeIfAbsent(p.authorId, k -> new long[2]);
            acc[0]++;
            acc[1] += p.score;
        }
        List<GroupRow> rows = Post.query().groupBy(Post_.authorId).count().sum(Post_.score).max(Post_.title).rows();
        assertThat(rows).hasSize(expected.size());
        int i = 0;
        for (Map.Entry<Long, long[]> e : expected.entrySet()) {
            GroupRow row = rows.get(i++);
            assertThat(row.get(Post_.authorId)).isEqualTo(e.getKey());
            assertThat(row.count()).isEqualTo(e.getValue()[0]);
            Long sum = row.sum(Post_.score);
            assertThat(sum).isEqualTo(e.getValue()[1]);
            assertThat(row.max(Post_.title)).contains(posts.stream().filter(p -> p.authorId.equals(e.getKey()))
                    .map(p -> p.title).max(String::compareTo).orElseThrow());
        }
    }

    @Test
    @DisplayName("updateAll with typed assignments writes what a fresh read through another connection sees")
    void typedUpdateAll() {
        List<Post> posts = seed(new Random(SEED + 3));
        long negative = posts.stream().filter(p -> p.score < 0).count();
        assertThat(Post.query().where(Post_.score.lt(0)).updateAll(Post_.score.set(0), Post_.published.set(false)))
                .isEqualTo(negative);
        assertThat(observer().query(Post.class).where(Where.lt("score", 0)).count()).isZero();
        assertThat(observer().query(Post.class).where(Where.and(Where.eq("score", 0), Where.eq("published", false)))
                .count()).isGreaterThanOrEqualTo(negative);
    }

    @Test
    @DisplayName("withCount and withSum on relation constants, and has(relation, condition), match the in-memory model")
    void relationConstants() {
        List<Post> posts = seed(new Random(SEED + 4));
        List<User> users = User.query().withCount(User_.posts).withSum(User_.posts, Post_.score).orderBy(User_.id.asc())
                .all();
        queries.reset();
        for (User u : users) {
            List<Post> own = posts.stream().filter(p -> p.authorId.equals(u.id)).collect(Collectors.toList());
            assertThat(User.POSTS.count(u)).isEqualTo(own.size());
            assertThat(User.POSTS.sum(u, "score", Long.class)).isEqualTo(own.stream().mapToLong(p -> p.score).sum());
        }
        assertThat(queries.count()).as("aggregates attached by the query").isZero();
        List<Long> withHigh = User.query().where(Where.has(User_.posts, Post_.score.ge(30))).orderBy(User_.id.asc())
                .pluck(User_.id);
        assertThat(withHigh).containsExactlyElementsOf(posts.stream().filter(p -> p.score >= 30).map(p -> p.authorId)
                .distinct().sorted().collect(Collectors.toList()));
        assertThat(User.query().where(Where.hasNo(User_.posts)).pluck(User_.username)).containsExactly("u4");
        List<User> scoped = User.query().with(User_.posts, q -> q.where(Post_.score.ge(30))).orderBy(User_.id.asc()).all();
        for (User u : scoped) {
            assertThat(u.posts()).extracting(p -> p.id).containsExactlyInAnyOrderElementsOf(posts.stream()
                    .filter(p -> p.authorId.equals(u.id) && p.score >= 30).map(p -> p.id).collect(Collectors.toList()));
        }
    }

    @Test
    @DisplayName("a relation constant of another model is refused naming the model and its relations")
    void foreignRelationConstant() {
        assertThatThrownBy(() -> User.query().withCount(Post_.comments)).isInstanceOf(QueryException.class)
                .hasMessageContaining("User").hasMessageContaining("posts");
        assertThatThrownBy(() -> User.query().where(Where.has(Post_.comments)).all()).isInstanceOf(QueryException.class)
                .hasMessageContaining("not a relation of User");
    }
}
