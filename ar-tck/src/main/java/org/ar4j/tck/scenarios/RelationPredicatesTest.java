package org.ar4j.tck.scenarios;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.ar4j.QueryException;
import org.ar4j.query.Query;
import org.ar4j.Capability;
import org.ar4j.tck.TckScenario;
import org.ar4j.tck.fixtures.Comment;
import org.ar4j.tck.fixtures.Post;
import org.ar4j.tck.fixtures.User;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.ar4j.query.Where.and;
import static org.ar4j.query.Where.eq;
import static org.ar4j.query.Where.gt;
import static org.ar4j.query.Where.has;
import static org.ar4j.query.Where.hasNo;
import static org.ar4j.query.Where.like;
import static org.ar4j.query.Where.not;
import static org.ar4j.query.Where.or;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * has / hasNo over HasMany, BelongsTo, HasManyThrough and nested paths, combined with other predicates and used in
 * count, updateAll, deleteAll and relation queries; compared with the in-memory answer on seeded random data.
 */
@org.junit.jupiter.api.Tag("relation-predicates")
class RelationPredicatesTest extends TckScenario {
    private static final long SEED = 20261203L;

    private final List<User> users = new ArrayList<>();
    private final List<Post> posts = new ArrayList<>();
    private final List<Comment> comments = new ArrayList<>();
    private final Map<Long, Set<String>> tagsOfPost = new java.util.HashMap<>();

    private void seed() {
        Random rnd = new Random(SEED);
        for (int i = 0; i < 30; i++) {
            users.add(new User((rnd.nextBoolean() ? "a" : "b") + i).save());
        }
        org.ar4j.tck.fixtures.Tag java = new org.ar4j.tck.fixtures.Tag("java").save();
        org.ar4j.tck.fixtures.Tag sql = new org.ar4j.tck.fixtures.Tag("sql").save();
        for (User u : users) {
            int n = rnd.nextInt(3) == 0 ? 0 : rnd.nextInt(4);
            for (int i = 0; i < n; i++) {
                Post p = new Post(u, u.username + "/" + i);
                p.published = rnd.nextBoolean();
                p.editorId = rnd.nextInt(3) == 0 ? users.get(rnd.nextInt(users.size())).id : null;
                p.save();
                posts.add(p);
                Set<String> tags = new java.util.HashSet<>();
                if (rnd.nextInt(3) == 0) {
                    Post.TAGS.add(p, java);
                    tags.add("java");
                }
                if (rnd.nextInt(4) == 0) {
                    Post.TAGS.add(p, sql);
                    tags.add("sql");
                }
                tagsOfPost.put(p.id, tags);
                for (int c = rnd.nextInt(3); c > 0; c--) {
                    comments.add(new Comment(p, "c", rnd.nextInt(11)).save());
                }
            }
        }
    }

    private List<Post> postsOf(User u) {
        return posts.stream().filter(p -> p.authorId.equals(u.id)).toList();
    }

    private List<Comment> commentsOf(Post p) {
        return comments.stream().filter(c -> c.postId.equals(p.id)).toList();
    }

    private <T> void check(String what, Query<T> q, List<T> all, Predicate<T> expected,
                           java.util.function.Function<T, Long> id, int subqueries) {
        queries.reset();
        List<Long> actual = q.all().stream().map(id).sorted().toList();
        assertThat(queries.count()).as(what + ": statements").isEqualTo(db.supports(Capability.SUBQUERIES) ? 1 : 1 + subqueries);
        assertThat(actual).as("seed " + SEED + ", " + what).isEqualTo(all.stream().filter(expected).map(id).sorted().toList());
        assertThat(q.count()).as(what + ": count").isEqualTo(actual.size());
    }

    @Test
    @DisplayName("has/hasNo over every relation kind, nested and combined, select what the in-memory model selects")
    void randomRelations() {
        seed();
        check("has(posts)", User.query().where(has("posts")), users, u -> !postsOf(u).isEmpty(), u -> u.id, 1);
        check("has(posts, published)", User.query().where(has("posts", eq("published", true))), users,
                u -> postsOf(u).stream().anyMatch(p -> p.published), u -> u.id, 1);
        check("hasNo(posts)", User.query().where(hasNo("posts")), users, u -> postsOf(u).isEmpty(), u -> u.id, 1);
        check("has(posts.comments, likes > 7)", User.query().where(has("posts.comments", gt("likes", 7))), users,
                u -> postsOf(u).stream().anyMatch(p -> commentsOf(p).stream().anyMatch(c -> c.likes > 7)), u -> u.id, 2);
        check("has(tags, java)", Post.query().where(has("tags", eq("name", "java"))), posts,
                p -> tagsOfPost.get(p.id).contains("java"), p -> p.id, 2);
        check("has(author, a%)", Post.query().where(has("author", like("username", "a%"))), posts,
                p -> users.stream().anyMatch(u -> u.id.equals(p.authorId) && u.username.startsWith("a")), p -> p.id, 1);
        check("hasNo(editor)", Post.query().where(hasNo("editor")), posts, p -> p.editorId == null, p -> p.id, 1);
        check("or(has(comments), published)", Post.query().where(or(has("comments"), eq("published", true))), posts,
                p -> !commentsOf(p).isEmpty() || p.published, p -> p.id, 1);
        check("not(has(tags))", Post.query().where(not(has("tags"))), posts, p -> tagsOfPost.get(p.id).isEmpty(),
                p -> p.id, 2);
        System.out.println("[ar4j-tck] " + db.backendName() + ": 9 relation predicates agreed with the in-memory model"
                + " (seed " + SEED + ", " + (db.supports(Capability.SUBQUERIES) ? "correlated EXISTS" : "keys read first")
                + ")");
    }

    @Test
    @DisplayName("has() works in updateAll, deleteAll and a relation's query; the data read back is what was asked")
    void inWritesAndScopes() {
        seed();
        long marked = Post.query().where(has("comments", gt("likes", 8))).updateAll(Map.of("score", 99));
        Set<Long> expected = posts.stream().filter(p -> commentsOf(p).stream().anyMatch(c -> c.likes > 8)).map(p -> p.id)
                .collect(Collectors.toSet());
        assertThat(marked).isEqualTo(expected.size());
        assertThat(observer().query(Post.class).where(eq("score", 99)).pluck("id",
                Long.class)).containsExactlyInAnyOrderElementsOf(expected);

        User someone = users.stream().filter(u -> !postsOf(u).isEmpty()).findFirst().orElseThrow();
        assertThat(User.POSTS.query(someone).where(has("comments")).count())
                .isEqualTo(postsOf(someone).stream().filter(p -> !commentsOf(p).isEmpty()).count());

        long idle = User.query().where(and(hasNo("posts"), hasNo("comments"), hasNo("editedPosts"), hasNo("profile")))
                .deleteAll();
        Set<Long> editors = posts.stream().map(p -> p.editorId).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        long expectedIdle = users.stream().filter(u -> postsOf(u).isEmpty() && !editors.contains(u.id)).count();
        assertThat(idle).isEqualTo(expectedIdle);
        assertThat(observer().query(User.class).count()).isEqualTo(users.size() - expectedIdle);
    }

    @Test
    @DisplayName("an unknown relation, a malformed path or a limited relation fails before any statement")
    void badPaths() {
        queries.reset();
        assertThatThrownBy(() -> User.query().where(has("psots"))).isInstanceOf(QueryException.class)
                .hasMessageContaining("posts");
        assertThatThrownBy(() -> User.query().where(has("posts..comments"))).isInstanceOf(QueryException.class)
                .hasMessageContaining("Malformed");
        assertThatThrownBy(() -> Post.query().where(has("topComments"))).isInstanceOf(QueryException.class)
                .hasMessageContaining("limit");
        assertThatThrownBy(() -> User.query().where(has("posts", eq("titel", "x")))).isInstanceOf(QueryException.class)
                .hasMessageContaining("title");
        assertThat(queries.count()).isZero();
    }
}
