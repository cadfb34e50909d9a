package org.ar4j.tck.scenarios;

import java.util.List;

import org.ar4j.ActiveRecord;
import org.ar4j.tck.TckScenario;
import org.ar4j.tck.fixtures.Comment;
import org.ar4j.tck.fixtures.Employee;
import org.ar4j.tck.fixtures.Post;
import org.ar4j.tck.fixtures.User;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** inverseOf: children see their owner as the same instance, with no query. */
@Tag("loading")
class InverseOfTest extends TckScenario {

    @Test
    @DisplayName("posts loaded through user.posts() see post.author() as that user, with 0 queries")
    void lazyInverse() {
        BlogData.users(4, 3);
        User u = User.query().where("username", "u003").one();
        List<Post> posts = u.posts();
        queries.reset();
        for (Post p : posts) {
            assertThat(p.author()).isSameAs(u);
        }
        assertThat(queries.count()).isZero();
    }

    @Test
    @DisplayName("eager with(\"posts.comments\") links both levels to their owners")
    void eagerInverse() {
        BlogData.users(6, 3);
        List<User> users = User.query().with("posts.comments").all();
        queries.reset();
        for (User u : users) {
            for (Post p : u.posts()) {
                assertThat(p.author()).isSameAs(u);
                for (Comment c : p.comments()) {
                    assertThat(c.post()).isSameAs(p);
                }
            }
        }
        assertThat(queries.count()).isZero();
    }

    @Test
    @DisplayName("peer-loaded children link to their own owners")
    void peersInverse() {
        BlogData.users(6, 3);
        List<User> users = User.query().all();
        users.get(0).posts();
        queries.reset();
        for (User u : users) {
            for (Post p : u.posts()) {
                assertThat(p.author()).isSameAs(u);
            }
        }
        assertThat(queries.count()).isZero();
    }

    @Test
    @DisplayName("a child's link to its owner is a cached value: kept beside other relations, cleared like any other")
    void inverseLinkIsACachedValue() {
        User owner = new User("owner").save();
        User writer = new User("writer").save();
        Post p = new Post(owner, "t").save();
        for (int i = 0; i < 4; i++) {
            Comment c = new Comment(p, "c" + i, i);
            c.authorId = writer.id;
            c.save();
        }
        Post loaded = Post.query().with("comments").one();
        List<Comment> cs = loaded.comments();
        assertThat(cs).hasSize(4);

        // cleared by name: the next read queries and finds the same row, as another instance
        cs.get(2).clearRelationCache("post");
        assertThat(queries.during(() -> {
            assertThat(cs.get(2).post()).isNotSameAs(loaded);
            assertThat(cs.get(2).post().id).isEqualTo(loaded.id);
        })).isEqualTo(1);

        // clearing another relation keeps it; a save forgets the saved record's cached relations, this one too
        cs.get(1).clearRelationCache("author");
        assertThat(queries.during(() -> assertThat(cs.get(1).post()).isSameAs(loaded))).isZero();
        cs.get(1).body = "changed";
        cs.get(1).save();
        assertThat(queries.during(() -> assertThat(cs.get(1).post().id).isEqualTo(loaded.id))).isEqualTo(1);
        assertThat(Comment.query().where("body", "changed").count()).isEqualTo(1);

        // another relation cached beside the link: the link stays, with no query
        assertThat(queries.during(() -> assertThat(cs.get(0).author().id).isEqualTo(writer.id))).isEqualTo(1);
        assertThat(queries.during(() -> assertThat(cs.get(0).post()).isSameAs(loaded))).isZero();

        // cleared all at once, with another relation cached beside it: both load again
        cs.get(0).clearRelationCache();
        assertThat(queries.during(() -> assertThat(cs.get(0).post()).isNotSameAs(loaded))).isEqualTo(1);
        assertThat(queries.during(() -> assertThat(cs.get(0).author().id).isEqualTo(writer.id))).isEqualTo(1);

        // untouched children still see their owner, with no query
        assertThat(queries.during(() -> assertThat(cs.get(3).post()).isSameAs(loaded))).isZero();
    }

    @Test
    @DisplayName("self-reference: a report's manager() is the manager instance")
    void selfInverse() {
        Employee boss = new Employee("boss", null).save();
        new Employee("a", boss).save();
        new Employee("b", boss).save();
        Employee loaded = ActiveRecord.findOrFail(Employee.class, boss.id);
        List<Employee> reports = loaded.reports();
        queries.reset();
        assertThat(reports).allSatisfy(r -> assertThat(r.manager()).isSameAs(loaded));
        assertThat(queries.count()).isZero();
    }

    @Test
    @DisplayName("without inverseOf (topComments) the child's BelongsTo loads by query")
    void withoutInverse() {
        User u = new User("x").save();
        Post p = new Post(u, "t").save();
        new Comment(p, "c", 1).save();
        Post loaded = ActiveRecord.findOrFail(Post.class, p.id);
        Comment c = loaded.topComments().get(0);
        queries.reset();
        assertThat(c.post()).isNotSameAs(loaded);
        assertThat(c.post().id).isEqualTo(loaded.id);
        assertThat(queries.count()).isEqualTo(1);
    }

    @Test
    @DisplayName("a BelongsTo parent shared by many children is one instance")
    void sharedParentIdentity() {
        BlogData.users(3, 3);
        List<Comment> comments = Comment.query().all();
        comments.get(0).post();
        for (Comment a : comments) {
            for (Comment b : comments) {
                if (a.postId.equals(b.postId)) {
                    assertThat(a.post()).isSameAs(b.post());
                }
            }
        }
    }
}
