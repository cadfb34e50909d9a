package org.ar4j.tck.scenarios;

import java.util.List;

import org.ar4j.ActiveRecord;
import org.ar4j.LazyLoadViolation;
import org.ar4j.LoadMode;
import org.ar4j.tck.TckScenario;
import org.ar4j.tck.fixtures.Comment;
import org.ar4j.tck.fixtures.Post;
import org.ar4j.tck.fixtures.User;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** PEERS, ONE and STRICT. */
@Tag("loading")
class LoadModesTest extends TckScenario {

    @Test
    @DisplayName("iterating 50 users' posts under PEERS (the default) costs 2 queries")
    void peers50() {
        BlogData.users(50, 3);
        queries.reset();
        int posts = 0;
        for (User u : User.query().all()) {
            posts += u.posts().size();
        }
        assertThat(posts).isEqualTo(73);
        assertThat(queries.count()).isEqualTo(2);
    }

    @Test
    @DisplayName("the same iteration under ONE costs 51 queries")
    void one50() {
        BlogData.users(50, 3);
        queries.reset();
        for (User u : User.query().loadMode(LoadMode.ONE).all()) {
            u.posts().size();
        }
        assertThat(queries.count()).isEqualTo(51);
    }

    @Test
    @DisplayName("a lazy load under STRICT throws, naming model and relation and suggesting with(...)")
    void strictThrows() {
        BlogData.users(3, 2);
        List<User> users = User.query().loadMode(LoadMode.STRICT).all();
        queries.reset();
        assertThatThrownBy(() -> users.get(1).posts()).isInstanceOf(LazyLoadViolation.class)
                .hasMessageContaining("User.posts").hasMessageContaining("with(\"posts\")");
        assertThat(queries.count()).isZero();
    }

    @Test
    @DisplayName("the global mode applies to queries that set none; a query's own mode wins")
    void globalMode() {
        BlogData.users(3, 2);
        db.setLoadMode(LoadMode.STRICT);
        assertThatThrownBy(() -> User.query().all().get(1).posts()).isInstanceOf(LazyLoadViolation.class);
        assertThat(User.query().orderBy("id").loadMode(LoadMode.PEERS).all().get(1).posts()).hasSize(1);
        db.setLoadMode(LoadMode.ONE);
        queries.reset();
        for (User u : User.query().all()) {
            u.posts();
        }
        assertThat(queries.count()).isEqualTo(4);
    }

    @Test
    @DisplayName("PEERS nests: iterating users -> posts -> comments costs 3 queries")
    void peersNested() {
        BlogData.users(20, 3);
        queries.reset();
        int comments = 0;
        for (User u : User.query().all()) {
            for (Post p : u.posts()) {
                comments += p.comments().size();
            }
        }
        assertThat(comments).isGreaterThan(0);
        assertThat(queries.count()).isEqualTo(3);
    }

    @Test
    @DisplayName("a record from a single-row lookup loads alone")
    void noPeersForFind() {
        List<User> users = BlogData.users(5, 3);
        User one = ActiveRecord.findOrFail(User.class, users.get(2).id);
        queries.reset();
        one.posts();
        assertThat(queries.count()).isEqualTo(1);
        assertThat(queries.events().get(0).parameters().count()).isEqualTo(1);
    }

    @Test
    @DisplayName("PEERS loads only the peers that lack a cached value")
    void peersSkipCached() {
        BlogData.users(4, 3);
        List<User> users = User.query().orderBy("id").all();
        users.get(0).posts();
        for (int i = 1; i < 4; i++) {
            users.get(i).clearRelationCache("posts");
        }
        queries.reset();
        users.get(1).posts();
        assertThat(queries.count()).isEqualTo(1);
        assertThat(users).allMatch(u -> u.hasCachedRelation("posts"));
        assertThat(queries.events().get(0).outcome().rows()).as("rows for users 1..3 only").isEqualTo(1 + 2 + 3);
    }

    @Test
    @DisplayName("under STRICT a null foreign key still gives null: no query is needed")
    void strictNullKey() {
        User u = new User("s").save();
        new Post(u, "p").save();
        Post p = Post.query().loadMode(LoadMode.STRICT).one();
        assertThat(p.editor()).isNull();
    }

    @Test
    @DisplayName("children loaded by a peer load are peers of each other")
    void childrenArePeers() {
        BlogData.users(6, 3);
        List<User> users = User.query().orderBy("id").all();
        users.get(3).posts();
        queries.reset();
        Post somePost = users.get(5).posts().get(0);
        Comment c = somePost.comments().get(0);
        assertThat(c).isNotNull();
        assertThat(queries.count()).as("comments of every loaded post in one query").isEqualTo(1);
        for (User u : users) {
            for (Post p : u.posts()) {
                p.comments();
            }
        }
        assertThat(queries.count()).isEqualTo(1);
    }
}
