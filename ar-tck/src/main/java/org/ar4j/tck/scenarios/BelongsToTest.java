package org.ar4j.tck.scenarios;

import java.util.List;

import java.util.stream.Stream;
import org.ar4j.ActiveRecord;
import org.ar4j.ConstraintViolationException;
import org.ar4j.LoadMode;
import org.ar4j.Capability;
import org.ar4j.tck.CapabilityGate;
import org.ar4j.tck.TckScenario;
import org.ar4j.tck.fixtures.Comment;
import org.ar4j.tck.fixtures.Post;
import org.ar4j.tck.fixtures.User;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** BelongsTo: the owner holds the key. */
@Tag("relations")
class BelongsToTest extends TckScenario {

    @Test
    @DisplayName("get loads the parent with one query, then caches it")
    void get() {
        User u = new User("ann").save();
        Post p = new Post(u, "t").save();
        Post loaded = ActiveRecord.findOrFail(Post.class, p.id);
        queries.reset();
        assertThat(loaded.author().username).isEqualTo("ann");
        assertThat(loaded.author()).isSameAs(loaded.author());
        assertThat(queries.count()).isEqualTo(1);
    }

    @Test
    @DisplayName("a null foreign key gives null without a query, and it is cached")
    void nullKey() {
        User u = new User("bo").save();
        Post p = ActiveRecord.findOrFail(Post.class, new Post(u, "t").save().id);
        queries.reset();
        assertThat(p.editor()).isNull();
        assertThat(queries.count()).isZero();
        assertThat(p.hasCachedRelation("editor")).isTrue();
    }

    @TestFactory
    Stream<DynamicTest> danglingKey() {
        return CapabilityGate.scenario(db, Capability.FOREIGN_KEYS,
                "a BelongsTo key refers to a stored record: deleting a referenced record is refused, nothing changes", () -> {
                    User u = new User("cy").save();
                    Post p = new Post(u, "t").save();
                    assertThatThrownBy(() -> User.query().deleteAll()).isInstanceOf(ConstraintViolationException.class)
                            .hasMessageContaining("Post.authorId")
                            .satisfies(e -> assertThat(((ConstraintViolationException) e).kind())
                                    .isEqualTo(ConstraintViolationException.Kind.FOREIGN_KEY))
                            .satisfies(e -> assertThat(((ConstraintViolationException) e).fields())
                                    .as("the key that refers to the deleted record").contains("Post.authorId"));
                    assertThatThrownBy(u::delete).isInstanceOf(ConstraintViolationException.class)
                            .satisfies(e -> assertThat(((ConstraintViolationException) e).fields()).contains("Post.authorId"));
                    assertThat(observer().query(User.class).count()).isEqualTo(1);
                    Post loaded = ActiveRecord.findOrFail(Post.class, p.id);
                    assertThat(loaded.author().username).isEqualTo("cy");
                    assertThatThrownBy(() -> {
                        Post orphan = new Post(u, "orphan");
                        orphan.authorId = u.id + 1000;
                        orphan.save();
                    }).isInstanceOf(ConstraintViolationException.class).hasMessageContaining("Post.authorId")
                            .satisfies(e -> assertThat(((ConstraintViolationException) e).fields())
                                    .containsExactly("Post.authorId"));
                    Post moved = ActiveRecord.findOrFail(Post.class, p.id);
                    moved.editorId = u.id + 2000;
                    assertThatThrownBy(moved::save).isInstanceOf(ConstraintViolationException.class)
                            .satisfies(e -> assertThat(((ConstraintViolationException) e).fields())
                                    .containsExactly("Post.editorId"));
                    assertThat(observer().find(Post.class, p.id).orElseThrow().editorId).isNull();
                    assertThat(observer().query(Post.class).count()).isEqualTo(1);
                }, () -> {
                    User u = new User("cy").save();
                    Post p = new Post(u, "t").save();
                    User.query().deleteAll();
                    Post loaded = ActiveRecord.findOrFail(Post.class, p.id);
                    queries.reset();
                    assertThat(loaded.author()).as("without foreign keys, a dangling key reads as null").isNull();
                    assertThat(loaded.author()).isNull();
                    assertThat(queries.count()).isEqualTo(1);
                });
    }

    @Test
    @DisplayName("set() assigns the key and caches the target: get issues no query")
    void set() {
        User a = new User("a").save();
        User b = new User("b").save();
        Post p = new Post(a, "t").save();
        queries.reset();
        Post.AUTHOR.set(p, b);
        assertThat(p.authorId).isEqualTo(b.id);
        assertThat(p.author()).isSameAs(b);
        assertThat(queries.count()).isZero();
        p.save();
        assertThat(ActiveRecord.findOrFail(Post.class, p.id).authorId).isEqualTo(b.id);
        Post.EDITOR.set(p, null);
        assertThat(p.editorId).isNull();
    }

    @Test
    @DisplayName("author and editor point at User through different keys and stay independent")
    void twoKeysToOneModel() {
        User author = new User("author").save();
        User editor = new User("editor").save();
        Post p = new Post(author, "t");
        p.editorId = editor.id;
        p.save();
        Post loaded = ActiveRecord.findOrFail(Post.class, p.id);
        assertThat(loaded.author().username).isEqualTo("author");
        assertThat(loaded.editor().username).isEqualTo("editor");
        assertThat(ActiveRecord.findOrFail(User.class, editor.id).editedPosts()).extracting(x -> x.id).containsExactly(p.id);
        assertThat(ActiveRecord.findOrFail(User.class, editor.id).posts()).isEmpty();
    }

    @Test
    @DisplayName("a parent shared by many children is loaded once and is one instance for all (2 queries under PEERS)")
    void sharedParentLoadedOnce() {
        User u = new User("shared").save();
        for (int i = 0; i < 20; i++) {
            new Comment(new Post(u, "p" + i).save(), "c", 0).save();
        }
        queries.reset();
        List<Post> posts = Post.query().all();
        User first = posts.get(0).author();
        for (Post p : posts) {
            assertThat(p.author()).isSameAs(first);
        }
        assertThat(queries.count()).isEqualTo(2);
        assertThat(queries.events().get(1).parameters().count()).as("the key is bound once").isEqualTo(1);
    }

    @Test
    @DisplayName("under ONE, each child loads its parent with its own query")
    void oneModeQueriesEach() {
        User u = new User("x").save();
        for (int i = 0; i < 3; i++) {
            new Post(u, "p" + i).save();
        }
        queries.reset();
        for (Post p : Post.query().loadMode(LoadMode.ONE).all()) {
            assertThat(p.author().username).isEqualTo("x");
        }
        assertThat(queries.count()).isEqualTo(4);
    }

    @Test
    @DisplayName("the relation query of a BelongsTo finds the parent; with a null key it finds nothing")
    void relationQuery() {
        User u = new User("q").save();
        Post p = new Post(u, "t").save();
        assertThat(Post.AUTHOR.query(p).one().id).isEqualTo(u.id);
        assertThat(Post.EDITOR.query(p).count()).isZero();
    }
}
