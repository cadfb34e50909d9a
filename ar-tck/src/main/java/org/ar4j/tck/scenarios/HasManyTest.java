package org.ar4j.tck.scenarios;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;

import org.ar4j.ActiveRecord;
import org.ar4j.Ar4jException;
import org.ar4j.LoadMode;
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

/** HasMany: many targets hold the owner's key. */
@Tag("relations")
class HasManyTest extends TckScenario {

    private User userWithPosts(String name, int n) {
        User u = new User(name).save();
        for (int i = 0; i < n; i++) {
            Post p = new Post(u, name + i);
            p.score = i;
            p.published = i % 2 == 0;
            p.save();
        }
        return ActiveRecord.findOrFail(User.class, u.id);
    }

    @Test
    @DisplayName("get returns the children in id order with one query")
    void get() {
        User u = userWithPosts("a", 3);
        queries.reset();
        assertThat(u.posts()).extracting(p -> p.title).containsExactly("a0", "a1", "a2");
        assertThat(queries.count()).isEqualTo(1);
    }

    @Test
    @DisplayName("children stored out of id order come back in id order, eager and one by one, as a seeded model says")
    void childrenOutOfIdOrder() {
        Random rnd = new Random(20261208L);
        List<User> users = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            users.add(new User("order" + i).save());
        }
        List<Long> ids = new ArrayList<>();
        for (long i = 1; i <= 60; i++) {
            ids.add(2_000_000_000L + i);   // above any id a generator gives in a run
        }
        Collections.shuffle(ids, rnd);
        TreeMap<Long, String> titles = new TreeMap<>();   // the model: id to "owner/title"
        for (Long id : ids) {   // saved in shuffled order: heap and document order are not id order
            User owner = users.get(rnd.nextInt(users.size()));
            Post p = new Post(owner, "t" + rnd.nextInt(1000));
            p.id = id;
            p.save();
            titles.put(id, owner.id + "/" + p.title);
        }
        List<Long> owners = users.stream().map(u -> u.id).toList();
        List<User> eager = ActiveRecord.query(User.class).where(Where.in("id", owners)).with("posts").all();
        List<User> oneByOne = ActiveRecord.query(User.class).where(Where.in("id", owners)).loadMode(LoadMode.ONE).all();
        for (List<User> read : List.of(eager, oneByOne)) {
            assertThat(read).hasSize(users.size());
            for (User u : read) {
                List<String> expected = titles.values().stream().filter(t -> t.startsWith(u.id + "/")).toList();
                assertThat(u.posts()).extracting(p -> p.authorId + "/" + p.title).containsExactlyElementsOf(expected);
            }
        }
    }

    @Test
    @DisplayName("the list is unmodifiable")
    void unmodifiable() {
        User u = userWithPosts("b", 1);
        List<Post> posts = u.posts();
        assertThatThrownBy(() -> posts.add(new Post())).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    @DisplayName("an owner without children gets an empty list, cached")
    void empty() {
        User u = userWithPosts("c", 0);
        queries.reset();
        assertThat(u.posts()).isEmpty();
        assertThat(u.posts()).isEmpty();
        assertThat(queries.count()).isEqualTo(1);
    }

    @Test
    @DisplayName("children of other owners never appear")
    void isolation() {
        User a = userWithPosts("d", 2);
        userWithPosts("e", 3);
        assertThat(a.posts()).extracting(p -> p.title).containsExactly("d0", "d1");
    }

    @Test
    @DisplayName("the relation query composes with where, orderBy, limit, count and exists")
    void relationQuery() {
        User u = userWithPosts("f", 5);
        assertThat(u.postsQuery().where("published", true).orderBy(Order.desc("score")).pluck("title", String.class))
                .containsExactly("f4", "f2", "f0");
        assertThat(u.postsQuery().count()).isEqualTo(5);
        assertThat(u.postsQuery().where(Where.gt("score", 3)).exists()).isTrue();
        assertThat(u.postsQuery().orderBy("score").limit(2).pluck("title", String.class)).containsExactly("f0", "f1");
    }

    @Test
    @DisplayName("the relation query never populates the relation cache")
    void relationQueryDoesNotCache() {
        User u = userWithPosts("g", 3);
        u.postsQuery().where("published", true).all();
        assertThat(u.hasCachedRelation("posts")).isFalse();
        assertThat(u.posts()).hasSize(3);
    }

    @Test
    @DisplayName("add() sets the child's key, saves it and clears the owner's cached list")
    void add() {
        User u = userWithPosts("h", 1);
        assertThat(u.posts()).hasSize(1);
        Post extra = new Post();
        extra.title = "added";
        User.POSTS.add(u, extra);
        assertThat(extra.isNewRecord()).isFalse();
        assertThat(extra.authorId).isEqualTo(u.id);
        assertThat(u.hasCachedRelation("posts")).isFalse();
        assertThat(u.posts()).extracting(p -> p.title).containsExactly("h0", "added");
    }

    @Test
    @DisplayName("remove() clears the child's key and saves it")
    void remove() {
        User u = userWithPosts("i", 2);
        Post first = u.posts().get(0);
        User.POSTS.remove(u, first);
        assertThat(ActiveRecord.findOrFail(Post.class, first.id).authorId).isNull();
        assertThat(u.posts()).extracting(p -> p.title).containsExactly("i1");
    }

    @Test
    @DisplayName("add on an unsaved owner fails clearly and writes nothing")
    void addToUnsaved() {
        User u = new User("unsaved");
        Post p = new Post();
        assertThatThrownBy(() -> User.POSTS.add(u, p)).isInstanceOf(Ar4jException.class)
                .hasMessageContaining("save the User first");
        assertThat(Post.query().count()).isZero();
    }

    @Test
    @DisplayName("a scoped relation (where) returns only matching children")
    void scoped() {
        User u = new User("j").save();
        Post p = new Post(u, "t").save();
        for (int likes : new int[] {0, 3, 0, 5}) {
            new Comment(p, "c" + likes, likes).save();
        }
        assertThat(Post.LIKED_COMMENTS.get(ActiveRecord.findOrFail(Post.class, p.id))).extracting(c -> c.likes)
                .containsExactly(3, 5);
        assertThat(Post.LIKED_COMMENTS.query(p).count()).isEqualTo(2);
    }

    @Test
    @DisplayName("removing a child that belongs to another owner fails")
    void removeForeignChild() {
        User a = userWithPosts("k", 1);
        User b = userWithPosts("l", 1);
        Post bs = b.posts().get(0);
        assertThatThrownBy(() -> User.POSTS.remove(a, bs)).isInstanceOf(Ar4jException.class);
        assertThat(ActiveRecord.findOrFail(Post.class, bs.id).authorId).isEqualTo(b.id);
    }
}
