package org.ar4j.tck.scenarios;

import java.util.List;

import org.ar4j.ActiveRecord;
import org.ar4j.LoadMode;
import org.ar4j.tck.TckScenario;
import org.ar4j.tck.fixtures.Course;
import org.ar4j.tck.fixtures.Enrollment;
import org.ar4j.tck.fixtures.Post;
import org.ar4j.tck.fixtures.PostTag;
import org.ar4j.tck.fixtures.Student;
import org.ar4j.tck.fixtures.Tag;
import org.ar4j.tck.fixtures.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** HasManyThrough: many-to-many through a join model, from both sides. */
@org.junit.jupiter.api.Tag("relations")
class HasManyThroughTest extends TckScenario {
    private Post p1;
    private Post p2;
    private Tag java;
    private Tag sql;
    private Tag orm;

    @BeforeEach
    void seed() {
        User u = new User("t").save();
        p1 = new Post(u, "p1").save();
        p2 = new Post(u, "p2").save();
        java = new Tag("java").save();
        sql = new Tag("sql").save();
        orm = new Tag("orm").save();
        Post.TAGS.add(p1, java);
        Post.TAGS.add(p1, orm);
        Post.TAGS.add(p2, sql);
        Post.TAGS.add(p2, java);
    }

    @Test
    @DisplayName("targets come in the relation's order, with two queries (join rows, then targets)")
    void lazy() {
        Post loaded = ActiveRecord.findOrFail(Post.class, p1.id);
        queries.reset();
        assertThat(loaded.tags()).extracting(t -> t.name).containsExactly("java", "orm");
        assertThat(queries.count()).isEqualTo(2);
        assertThat(loaded.tags()).hasSize(2);
        assertThat(queries.count()).isEqualTo(2);
    }

    @Test
    @DisplayName("the other direction works the same way")
    void otherDirection() {
        Tag loaded = ActiveRecord.findOrFail(Tag.class, java.id);
        assertThat(loaded.posts()).extracting(p -> p.title).containsExactly("p1", "p2");
        assertThat(ActiveRecord.findOrFail(Tag.class, sql.id).posts()).extracting(p -> p.title).containsExactly("p2");
    }

    @Test
    @DisplayName("eager loading costs 1 + 2 queries for any number of owners")
    void eager() {
        queries.reset();
        List<Post> posts = Post.query().orderBy("id").with("tags").all();
        assertThat(queries.count()).isEqualTo(3);
        assertThat(posts.get(0).tags()).extracting(t -> t.name).containsExactly("java", "orm");
        assertThat(posts.get(1).tags()).extracting(t -> t.name).containsExactly("java", "sql");
        assertThat(queries.count()).isEqualTo(3);
    }

    @Test
    @DisplayName("under PEERS, iterating posts' tags costs 1 + 2 queries; under ONE, 1 + 2 per post")
    void peersAndOne() {
        queries.reset();
        for (Post p : Post.query().all()) {
            p.tags().size();
        }
        assertThat(queries.count()).isEqualTo(3);
        queries.reset();
        for (Post p : Post.query().loadMode(LoadMode.ONE).all()) {
            p.tags().size();
        }
        assertThat(queries.count()).isEqualTo(5);
    }

    @Test
    @DisplayName("add creates a join record; remove deletes it and leaves the target")
    void addRemove() {
        assertThat(ActiveRecord.query(PostTag.class).count()).isEqualTo(4);
        Post.TAGS.remove(p1, orm);
        assertThat(ActiveRecord.query(PostTag.class).count()).isEqualTo(3);
        assertThat(ActiveRecord.exists(Tag.class, orm.id)).isTrue();
        assertThat(p1.tags()).extracting(t -> t.name).containsExactly("java");
        Post.TAGS.add(p1, sql);
        assertThat(p1.tags()).extracting(t -> t.name).containsExactly("java", "sql");
    }

    @Test
    @DisplayName("an owner without links gets an empty list")
    void noLinks() {
        Post lonely = new Post(ActiveRecord.findOrFail(User.class, p1.authorId), "lonely").save();
        queries.reset();
        assertThat(lonely.tags()).isEmpty();
        assertThat(queries.count()).as("no join rows: the targets query is skipped").isEqualTo(1);
    }

    @Test
    @DisplayName("the relation query counts and filters targets")
    void relationQuery() {
        assertThat(Post.TAGS.query(p1).count()).isEqualTo(2);
        assertThat(Post.TAGS.query(p1).where("name", "orm").count()).isEqualTo(1);
        assertThat(Tag.POSTS.query(java).pluck("title", String.class)).containsExactly("p1", "p2");
    }

    @Test
    @DisplayName("query(owner) builds a query without running one; each run reads the join rows as they are then")
    void relationQueryIsLazy() {
        queries.reset();
        var tagsOfP1 = Post.TAGS.query(p1).orderBy("name");
        assertThat(queries.count()).as("building the query").isZero();
        assertThat(tagsOfP1.pluck("name", String.class)).containsExactly("java", "orm");
        Post.TAGS.add(p1, sql);
        assertThat(tagsOfP1.pluck("name", String.class)).as("the same query, run after a link was added")
                .containsExactly("java", "orm", "sql");
    }

    @Test
    @DisplayName("students and courses through enrollments, both directions, ordered by each side's order")
    void school() {
        Student ann = new Student("ann").save();
        Student bob = new Student("bob").save();
        Course math = new Course("math").save();
        Course art = new Course("art").save();
        Student.COURSES.add(ann, math);
        Student.COURSES.add(ann, art);
        Course.STUDENTS.add(math, bob);
        assertThat(ActiveRecord.findOrFail(Student.class, ann.id).courses()).extracting(c -> c.title).containsExactly("art",
                "math");
        assertThat(ActiveRecord.findOrFail(Course.class, math.id).students()).extracting(s -> s.name).containsExactly("ann",
                "bob");
        assertThat(ActiveRecord.query(Enrollment.class).count()).isEqualTo(3);
    }

    @Test
    @DisplayName("eager loading from the target side")
    void eagerOtherSide() {
        queries.reset();
        List<Tag> tags = Tag.query().orderBy("name").with("posts").all();
        assertThat(queries.count()).isEqualTo(3);
        assertThat(tags).extracting(t -> t.posts().size()).containsExactly(2, 1, 1);
    }

    @Test
    @DisplayName("deleting a student removes its enrollments (DELETE_ALL through), never the courses")
    void throughDependent() {
        Student s = new Student("s").save();
        Course c = new Course("c").save();
        Student.COURSES.add(s, c);
        s.delete();
        assertThat(ActiveRecord.query(Enrollment.class).count()).isZero();
        assertThat(ActiveRecord.exists(Course.class, c.id)).isTrue();
    }
}
