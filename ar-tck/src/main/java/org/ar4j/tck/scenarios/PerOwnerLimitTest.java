package org.ar4j.tck.scenarios;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ar4j.LoadMode;
import org.ar4j.query.Order;
import org.ar4j.Capability;
import org.ar4j.tck.TckScenario;
import org.ar4j.tck.fixtures.Comment;
import org.ar4j.tck.fixtures.Post;
import org.ar4j.tck.fixtures.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** An orderBy + limit relation gives every owner its own top n: lazily, with peers and eagerly. */
@Tag("loading")
class PerOwnerLimitTest extends TckScenario {
    /** Post title to the likes of its comments. */
    private static final Map<String, int[]> LIKES = new LinkedHashMap<>();

    static {
        LIKES.put("none", new int[] {});
        LIKES.put("one", new int[] {4});
        LIKES.put("three", new int[] {1, 9, 5});
        LIKES.put("seven", new int[] {3, 8, 8, 1, 10, 0, 7});
    }

    /** The expected top 3 (likes desc, id asc), as comment bodies. */
    private static final Map<String, List<String>> TOP3 = Map.of(
            "none", List.of(),
            "one", List.of("one:4"),
            "three", List.of("three:9", "three:5", "three:1"),
            "seven", List.of("seven:10", "seven:8a", "seven:8b"));

    @BeforeEach
    void seed() {
        User u = new User("lim").save();
        for (Map.Entry<String, int[]> e : LIKES.entrySet()) {
            Post p = new Post(u, e.getKey()).save();
            char suffix = 'a';
            for (int likes : e.getValue()) {
                String body = e.getKey() + ":" + likes;
                if (likes == 8) {
                    body += suffix++;
                }
                new Comment(p, body, likes).save();
            }
        }
    }

    private void assertTop3(List<Post> posts) {
        for (Post p : posts) {
            assertThat(p.topComments()).as(p.title).extracting(c -> c.body).containsExactlyElementsOf(TOP3.get(p.title));
        }
    }

    private int expectedQueriesForLevel(int ownersWithKeys) {
        return db.supports(Capability.WINDOW_FUNCTIONS) ? 1 : ownersWithKeys;
    }

    @Test
    @DisplayName("lazily under ONE: each post gets its own top 3, one query each")
    void lazyOne() {
        List<Post> posts = Post.query().loadMode(LoadMode.ONE).all();
        queries.reset();
        assertTop3(posts);
        assertThat(queries.count()).isEqualTo(4);
    }

    @Test
    @DisplayName("under PEERS: every post's exact top 3 in one query (with window functions)")
    void peers() {
        List<Post> posts = Post.query().all();
        queries.reset();
        assertTop3(posts);
        assertThat(queries.count()).isEqualTo(expectedQueriesForLevel(4));
    }

    @Test
    @DisplayName("eagerly: with(\"topComments\") gives exact top 3s")
    void eager() {
        queries.reset();
        List<Post> posts = Post.query().with("topComments").all();
        assertThat(queries.count()).isEqualTo(1 + expectedQueriesForLevel(4));
        assertTop3(posts);
        assertThat(queries.count()).isEqualTo(1 + expectedQueriesForLevel(4));
    }

    @Test
    @DisplayName("a per-path limit: with(\"comments\", q -> q.orderBy(...).limit(2)) gives each post its top 2")
    void eagerScopedLimit() {
        List<Post> posts = Post.query().with("comments", q -> q.orderBy(Order.desc("likes"), Order.asc("id")).limit(2)).all();
        for (Post p : posts) {
            List<String> expected = TOP3.get(p.title).subList(0, Math.min(2, TOP3.get(p.title).size()));
            assertThat(p.comments()).as(p.title).extracting(c -> c.body).containsExactlyElementsOf(expected);
        }
    }

    @Test
    @DisplayName("the relation query applies the limit to one owner")
    void relationQuery() {
        Post seven = Post.query().where("title", "seven").one();
        assertThat(Post.TOP_COMMENTS.query(seven).pluck("body", String.class)).containsExactlyElementsOf(TOP3.get("seven"));
    }

    @Test
    @DisplayName("ties are broken by the relation's order, the same on every load path")
    void ties() {
        List<Post> a = Post.query().with("topComments").all();
        List<Post> b = Post.query().loadMode(LoadMode.ONE).all();
        for (int i = 0; i < a.size(); i++) {
            assertThat(a.get(i).topComments()).extracting(c -> c.id).containsExactlyElementsOf(
                    b.get(i).topComments().stream().map(c -> c.id).toList());
        }
    }
}
