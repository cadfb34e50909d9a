package org.ar4j.tck.scenarios;

import java.util.List;

import org.ar4j.LoadMode;
import org.ar4j.QueryException;
import org.ar4j.query.Order;
import org.ar4j.query.Where;
import org.ar4j.tck.TckScenario;
import org.ar4j.tck.fixtures.Comment;
import org.ar4j.tck.fixtures.Post;
import org.ar4j.tck.fixtures.User;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** with(...): one query per relation path level, whatever the row count. */
@Tag("loading")
class EagerLoadingTest extends TckScenario {

    @Test
    @DisplayName("with(\"posts\") costs 2 queries, and accessing the loaded relation none")
    void onePath() {
        BlogData.users(10, 3);
        queries.reset();
        List<User> users = User.query().with("posts").all();
        assertThat(queries.count()).isEqualTo(2);
        int n = 0;
        for (User u : users) {
            n += u.posts().size();
        }
        assertThat(n).isEqualTo(13);
        assertThat(queries.count()).isEqualTo(2);
    }

    @Test
    @DisplayName("with(\"posts\", \"posts.comments\", \"profile\") costs 4 queries")
    void threePaths() {
        BlogData.users(10, 3);
        queries.reset();
        List<User> users = User.query().with("posts", "posts.comments", "profile").all();
        assertThat(queries.count()).isEqualTo(4);
        for (User u : users) {
            u.profile();
            for (Post p : u.posts()) {
                p.comments().size();
            }
        }
        assertThat(queries.count()).isEqualTo(4);
    }

    @Test
    @DisplayName("with(User.POSTS, Post.COMMENTS) is the typed form of with(\"posts.comments\"): same queries, same data")
    void typedPath() {
        BlogData.users(6, 3);
        queries.reset();
        List<User> typed = User.query().orderBy("id").with(User.POSTS, Post.COMMENTS).with(User.PROFILE).all();
        assertThat(queries.count()).isEqualTo(4);
        for (User u : typed) {
            assertThat(u.hasCachedRelation(User.POSTS)).isTrue();
            assertThat(u.hasCachedRelation(User.PROFILE)).isTrue();
            u.posts().forEach(p -> assertThat(p.hasCachedRelation(Post.COMMENTS)).isTrue());
        }
        assertThat(queries.count()).isEqualTo(4);
        List<User> named = User.query().orderBy("id").with("posts.comments", "profile").all();
        assertThat(typed).extracting(u -> u.posts().stream().mapToInt(p -> p.comments().size()).sum())
                .containsExactlyElementsOf(named.stream().map(u -> u.posts().stream().mapToInt(p -> p.comments().size())
                        .sum()).toList());
        User first = typed.get(0);
        first.clearRelationCache(User.POSTS);
        assertThat(first.hasCachedRelation(User.POSTS)).isFalse();
        assertThat(first.hasCachedRelation(User.PROFILE)).isTrue();
    }

    @Test
    @DisplayName("a typed path whose relation is not declared on the previous target fails before any query, naming both")
    void typedPathOutOfChain() {
        queries.reset();
        assertThatThrownBy(() -> User.query().with(Post.COMMENTS)).isInstanceOf(QueryException.class)
                .hasMessageContaining("not a relation of User").hasMessageContaining("posts");
        assertThatThrownBy(() -> User.query().with(User.POSTS, User.COMMENTS)).isInstanceOf(QueryException.class)
                .hasMessageContaining("not a relation of Post").hasMessageContaining("the target of 'posts'");
        assertThat(queries.count()).isZero();
    }

    @Test
    @DisplayName("users -> posts -> comments is 3 queries for 3 users and for 40 users")
    void independentOfRowCount() {
        BlogData.users(3, 3);
        queries.reset();
        User.query().with("posts.comments").all();
        assertThat(queries.count()).isEqualTo(3);
        BlogData.users("v", 37, 3);
        queries.reset();
        List<User> all = User.query().with("posts.comments").all();
        assertThat(all).hasSize(40);
        assertThat(queries.count()).isEqualTo(3);
    }

    @Test
    @DisplayName("no relation query runs when the parent result is empty")
    void emptyParent() {
        BlogData.users(3, 3);
        queries.reset();
        assertThat(User.query().where("username", "nobody").with("posts.comments", "profile").all()).isEmpty();
        assertThat(queries.count()).isEqualTo(1);
    }

    @Test
    @DisplayName("loaded relations need no query even under STRICT")
    void strictAfterEager() {
        BlogData.users(5, 3);
        List<User> users = User.query().loadMode(LoadMode.STRICT).with("posts.comments").all();
        queries.reset();
        for (User u : users) {
            for (Post p : u.posts()) {
                p.comments().size();
            }
        }
        assertThat(queries.count()).isZero();
    }

    @Test
    @DisplayName("conditions per path shape what the relation holds")
    void conditions() {
        BlogData.users(8, 3);
        List<User> users = User.query()
                .with("posts", q -> q.where(Where.eq("published", true)).orderBy(Order.desc("score")))
                .all();
        for (User u : users) {
            assertThat(u.posts()).allMatch(p -> p.published);
            assertThat(u.posts()).extracting(p -> p.score).isSortedAccordingTo((a, b) -> b - a);
        }
        assertThat(users.stream().mapToInt(u -> u.posts().size()).sum()).isEqualTo(8);
    }

    @Test
    @DisplayName("conditions do not leak into another query's records")
    void conditionsDoNotLeak() {
        BlogData.users(4, 3);
        User.query().with("posts", q -> q.where(Where.eq("published", true))).all();
        List<User> plain = User.query().orderBy("id").all();
        assertThat(plain.get(3).posts()).hasSize(3);
        List<User> eagerPlain = User.query().orderBy("id").with("posts").all();
        assertThat(eagerPlain.get(3).posts()).hasSize(3);
    }

    @Test
    @DisplayName("cycles through inverseOf run no query: posts.comments.post.author and posts.author.posts cost 3 queries")
    void cycles() {
        BlogData.users(4, 3);
        queries.reset();
        List<User> users = User.query().with("posts.comments.post.author", "posts.author.posts").all();
        assertThat(queries.count()).as("users, posts, comments; the rest is known through inverseOf").isEqualTo(3);
        for (User u : users) {
            for (Post p : u.posts()) {
                for (Comment c : p.comments()) {
                    assertThat(c.post()).isSameAs(p);
                    assertThat(c.post().author()).isSameAs(u);
                }
                assertThat(p.author()).isSameAs(u);
                assertThat(p.author().posts()).isSameAs(u.posts());
            }
        }
        assertThat(queries.count()).isEqualTo(3);
    }

    @Test
    @DisplayName("an unknown relation fails before any query, listing the valid relations")
    void unknownRelation() {
        BlogData.users(2, 1);
        queries.reset();
        assertThatThrownBy(() -> User.query().with("posts", "posts.coments").all()).isInstanceOf(QueryException.class)
                .hasMessageContaining("posts.coments").hasMessageContaining("Unknown relation 'coments' on model Post")
                .hasMessageContaining("comments").hasMessageContaining("Did you mean 'comments'?");
        assertThat(queries.count()).isZero();
    }

    @Test
    @DisplayName("malformed paths are rejected")
    void malformed() {
        for (String bad : new String[] {"posts..comments", ".posts", "posts.", ""}) {
            assertThatThrownBy(() -> User.query().with(bad)).as(bad).isInstanceOf(QueryException.class)
                    .hasMessageContaining("Malformed relation path");
        }
    }

    @Test
    @DisplayName("BelongsTo eager: comments with post and post.author, parents loaded once")
    void belongsToEager() {
        BlogData.users(6, 3);
        queries.reset();
        List<Comment> comments = Comment.query().with("post.author").all();
        assertThat(queries.count()).isEqualTo(3);
        for (Comment c : comments) {
            assertThat(c.post().id).isEqualTo(c.postId);
            assertThat(c.post().author().id).isEqualTo(c.post().authorId);
        }
        assertThat(queries.count()).isEqualTo(3);
    }

    @Test
    @DisplayName("keys are deduplicated: many children of one parent bind the parent key once")
    void dedupe() {
        User u = new User("d").save();
        for (int i = 0; i < 30; i++) {
            new Post(u, "p" + i).save();
        }
        queries.reset();
        Post.query().with("author").all();
        assertThat(queries.events().get(1).parameters().count()).isEqualTo(1);
    }

    @Test
    @DisplayName("HasOne eager loads each profile, null where there is none")
    void hasOneEager() {
        BlogData.users(6, 1);
        queries.reset();
        List<User> users = User.query().orderBy("id").with("profile").all();
        assertThat(queries.count()).isEqualTo(2);
        assertThat(users).extracting(u -> u.profile() != null).containsExactly(true, false, true, false, true, false);
        assertThat(queries.count()).isEqualTo(2);
    }

    @Test
    @DisplayName("a scope that is not a plain condition (offset, nested with) is refused")
    void badScope() {
        assertThatThrownBy(() -> User.query().with("posts", q -> q.offset(2))).isInstanceOf(QueryException.class);
        assertThatThrownBy(() -> User.query().with("posts", q -> q.where("nope", 1))).isInstanceOf(QueryException.class)
                .hasMessageContaining("Unknown field 'nope' on model Post");
    }
}
