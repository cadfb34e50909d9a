package org.ar4j.tck.scenarios;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.stream.Collectors;

import org.ar4j.QueryException;
import org.ar4j.query.Where;
import org.ar4j.Capability;
import org.ar4j.tck.TckScenario;
import org.ar4j.tck.fixtures.Comment;
import org.ar4j.tck.fixtures.Post;
import org.ar4j.tck.fixtures.Tag;
import org.ar4j.tck.fixtures.User;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * withCount / withSum / withMin / withMax / withAvg: attached per owner in one grouped query per relation,
 * read without a query, equal to the in-memory computation over seeded random data; zero for owners without.
 */
@org.junit.jupiter.api.Tag("aggregates")
class PerOwnerAggregatesTest extends TckScenario {
    private static final long SEED = 20261201L;

    /** Posts with random comments; returns each post's comments as written. */
    private Map<Long, List<Comment>> seed(Random rnd, int posts) {
        User u = new User("agg").save();
        List<Post> all = new ArrayList<>();
        for (int i = 0; i < posts; i++) {
            all.add(new Post(u, "p" + i));
        }
        db.insertAll(all);
        List<Comment> comments = new ArrayList<>();
        for (Post p : all) {
            int n = rnd.nextInt(4) == 0 ? 0 : rnd.nextInt(8);
            for (int i = 0; i < n; i++) {
                comments.add(new Comment(p, "c" + i, rnd.nextInt(21) - 5));
            }
        }
        db.insertAll(comments);
        Map<Long, List<Comment>> byPost = comments.stream().collect(Collectors.groupingBy(c -> c.postId));
        all.forEach(p -> byPost.putIfAbsent(p.id, List.of()));
        return byPost;
    }

    @Test
    @DisplayName("count, filtered count, sum, min, max and average per post equal the in-memory ones: 1 + 6 queries for 60 posts")
    void randomPerOwner() {
        Map<Long, List<Comment>> expected = seed(new Random(SEED), 60);
        queries.reset();
        List<Post> posts = Post.query().orderBy("id").withCount("comments").withCount(Post.COMMENTS, Where.gt("likes", 5))
                .withSum("comments", "likes").withMin("comments", "likes").withMax("comments", "likes")
                .withAvg("comments", "likes").all();
        assertThat(queries.count()).as("one query for the posts, one per aggregate").isEqualTo(7);
        for (Post p : posts) {
            List<Comment> mine = expected.get(p.id);
            String where = "seed " + SEED + ", post " + p.title;
            assertThat(Post.COMMENTS.count(p)).as(where).isEqualTo(mine.size());
            assertThat(Post.COMMENTS.count(p, Where.gt("likes", 5))).as(where)
                    .isEqualTo(mine.stream().filter(c -> c.likes > 5).count());
            assertThat(Post.COMMENTS.sum(p, "likes",
                    Long.class)).as(where).isEqualTo(mine.stream().mapToLong(c -> c.likes).sum());
            assertThat(Post.COMMENTS.min(p, "likes", Integer.class)).as(where)
                    .isEqualTo(mine.stream().map(c -> c.likes).min(Integer::compare));
            assertThat(Post.COMMENTS.max(p, "likes", Integer.class)).as(where)
                    .isEqualTo(mine.stream().map(c -> c.likes).max(Integer::compare));
            OptionalDouble avg = Post.COMMENTS.average(p, "likes");
            OptionalDouble want = mine.stream().mapToInt(c -> c.likes).average();
            assertThat(avg.isPresent()).as(where).isEqualTo(want.isPresent());
            if (want.isPresent()) {
                assertThat(avg.getAsDouble()).as(where).isCloseTo(want.getAsDouble(), within(1e-9));
            }
        }
        assertThat(queries.count()).as("reading the attached values runs nothing").isEqualTo(7);
    }

    @Test
    @DisplayName("sum, min, max and average over a relation with a per-owner limit count only each owner's first n"
            + " related records in the relation's order, eagerly and for one owner, equal to the in-memory ones")
    void limitedRelationAggregates() {
        Map<Long, List<Comment>> expected = seed(new Random(SEED + 3), 40);
        queries.reset();
        List<Post> posts = Post.query().orderBy("id").withSum("topComments", "likes").withMin("topComments", "likes")
                .withMax("topComments", "likes").withAvg("topComments", "likes").all();
        assertThat(queries.count()).as("one query for the posts, at most one per aggregate where windows exist")
                .isEqualTo(db.supports(Capability.WINDOW_FUNCTIONS) ? 5 : 1 + 4 * posts.size());
        for (Post p : posts) {
            List<Integer> top = expected.get(p.id).stream()
                    .sorted(Comparator.comparingInt((Comment c) -> -c.likes).thenComparingLong(c -> c.id))
                    .limit(3).map(c -> c.likes).toList();
            String where = "seed " + (SEED + 3) + ", post " + p.title;
            assertThat(Post.TOP_COMMENTS.sum(p, "likes", Long.class)).as(where)
                    .isEqualTo(top.stream().mapToLong(Integer::longValue).sum());
            assertThat(Post.TOP_COMMENTS.min(p, "likes", Integer.class)).as(where).isEqualTo(top.stream().min(Integer::compare));
            assertThat(Post.TOP_COMMENTS.max(p, "likes", Integer.class)).as(where).isEqualTo(top.stream().max(Integer::compare));
            OptionalDouble want = top.stream().mapToInt(Integer::intValue).average();
            OptionalDouble avg = Post.TOP_COMMENTS.average(p, "likes");
            assertThat(avg.isPresent()).as(where).isEqualTo(want.isPresent());
            if (want.isPresent()) {
                assertThat(avg.getAsDouble()).as(where).isCloseTo(want.getAsDouble(), within(1e-9));
            }
        }
        Post fresh = Post.query().orderBy("id").first().orElseThrow();
        List<Integer> top = expected.get(fresh.id).stream()
                .sorted(Comparator.comparingInt((Comment c) -> -c.likes).thenComparingLong(c -> c.id))
                .limit(3).map(c -> c.likes).toList();
        assertThat(Post.TOP_COMMENTS.sum(fresh, "likes", Long.class)).as("one owner, not attached")
                .isEqualTo(top.stream().mapToLong(Integer::longValue).sum());
    }

    @Test
    @DisplayName("without withCount, count(owner) is one query; the relation's own condition and limit apply")
    void lazyAndRelationScopes() {
        Map<Long, List<Comment>> expected = seed(new Random(SEED + 1), 12);
        List<Post> posts = Post.query().orderBy("id").withCount("likedComments").withCount("topComments").all();
        queries.reset();
        for (Post p : posts) {
            List<Comment> mine = expected.get(p.id);
            assertThat(Post.LIKED_COMMENTS.count(p)).isEqualTo(mine.stream().filter(c -> c.likes > 0).count());
            assertThat(Post.TOP_COMMENTS.count(p)).isEqualTo(Math.min(3, mine.size()));
        }
        assertThat(queries.count()).isZero();
        Post first = posts.get(0);
        assertThat(Post.COMMENTS.count(first)).isEqualTo(expected.get(first.id).size());
        assertThat(queries.count()).as("not attached: one count").isEqualTo(1);
    }

    @Test
    @DisplayName("a user without posts gets zero and empty values; HasManyThrough counts its links")
    void emptyOwnersAndThrough() {
        User lonely = new User("lonely").save();
        User busy = new User("busy").save();
        Post p = new Post(busy, "tagged").save();
        Tag a = new Tag("a").save();
        Tag b = new Tag("b").save();
        Post.TAGS.add(p, a);
        Post.TAGS.add(p, b);
        List<User> users = User.query().orderBy("username").withCount("posts").withSum("posts", "score")
                .withMax("posts", "title").all();
        User readLonely = users.get(1);
        assertThat(readLonely.username).isEqualTo("lonely");
        assertThat(User.POSTS.count(readLonely)).isZero();
        assertThat(User.POSTS.sum(readLonely, "score", Long.class)).isZero();
        assertThat(User.POSTS.max(readLonely, "title", String.class)).isEqualTo(Optional.empty());
        assertThat(User.POSTS.max(users.get(0), "title", String.class)).contains("tagged");
        assertThat(Post.query().withCount("tags").one()).satisfies(x -> assertThat(Post.TAGS.count(x)).isEqualTo(2));
        assertThat(User.POSTS.count(lonely)).isZero();
    }

    @Test
    @DisplayName("10,000 owners cost at most ceil(10,000 / maxKeysPerQuery) + 1 queries")
    void chunked() {
        User u = new User("many").save();
        List<Post> posts = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            posts.add(new Post(u, "p" + i));
        }
        db.insertAll(posts);
        new Comment(posts.get(9_999), "last", 1).save();
        queries.reset();
        List<Post> loaded = Post.query().withCount("comments").all();
        int max = db.maxKeysPerQuery();
        assertThat(queries.count()).isLessThanOrEqualTo((int) Math.ceil(10_000.0 / max) + 1);
        assertThat(loaded.stream().mapToLong(Post.COMMENTS::count).sum()).isEqualTo(1);
        System.out.println("[ar4j-tck] " + db.backendName() + ": withCount of 10,000 owners in " + queries.count()
                + " queries (maxKeysPerQuery " + max + ")");
    }

    @Test
    @DisplayName("an aggregate of a BelongsTo, of an unknown relation or field, or a wrong result class fails before any query")
    void badInput() {
        queries.reset();
        assertThatThrownBy(() -> Post.query().withCount("author")).isInstanceOf(QueryException.class)
                .hasMessageContaining("BelongsTo");
        assertThatThrownBy(() -> Post.query().withCount("coments")).isInstanceOf(QueryException.class)
                .hasMessageContaining("comments");
        assertThatThrownBy(() -> Post.query().withSum("comments", "lieks")).isInstanceOf(QueryException.class)
                .hasMessageContaining("likes");
        assertThat(queries.count()).isZero();
        Post p = new Post(new User("x").save(), "t").save();
        assertThatThrownBy(() -> Post.COMMENTS.sum(p, "likes", Integer.class)).isInstanceOf(QueryException.class)
                .hasMessageContaining("Long.class");
    }
}
