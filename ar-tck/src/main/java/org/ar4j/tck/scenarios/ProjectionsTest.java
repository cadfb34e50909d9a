package org.ar4j.tck.scenarios;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.ar4j.ArgumentException;
import org.ar4j.Capability;
import org.ar4j.query.Tuple;
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

/** Projections: some fields of a query's records as Java records or tuples, without building the records. */
@Tag("projections")
class ProjectionsTest extends TckScenario {

    /** Matched by component name. */
    record Line(String title, Long id, Integer score) {
    }

    /** Matched by position: no component is named like a selected field. */
    record Positional(Long a, String b) {
    }

    /** With a BelongsTo step: the editor's username, null for posts without an editor. */
    record Edited(String title, String username) {
    }

    record WrongType(Long id, Integer title) {
    }

    record Primitive(long editorId) {
    }

    private List<Post> seed() {
        Random random = new Random(99);
        User ann = new User("ann").save();
        User bob = new User("bob").save();
        List<Post> posts = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            Post p = new Post(random.nextBoolean() ? ann : bob, "post" + i);
            p.score = random.nextInt(100);
            p.editorId = random.nextInt(3) == 0 ? null : (random.nextBoolean() ? ann.id : bob.id);
            posts.add(p.save());
        }
        return posts;
    }

    @Test
    @DisplayName("select(...).into(record) keeps conditions, order, limit and offset, in one statement")
    void intoRecordsByName() {
        List<Post> posts = seed();
        queries.reset();
        List<Line> lines = Post.query().where(Post_.score.ge(20)).orderBy(Post_.score.desc(), Post_.id.asc())
                .offset(2).limit(10).select(Post_.id, Post_.title, Post_.score).into(Line.class);
        assertThat(queries.count()).isEqualTo(1);
        List<Line> expected = posts.stream().filter(p -> p.score >= 20)
                .sorted((x, y) -> x.score != y.score ? Integer.compare(y.score, x.score) : Long.compare(x.id, y.id))
                .skip(2).limit(10).map(p -> new Line(p.title, p.id, p.score)).collect(Collectors.toList());
        assertThat(lines).containsExactlyElementsOf(expected);
        List<Positional> positional = Post.query().orderBy(Post_.id.asc()).select(Post_.id, Post_.title)
                .into(Positional.class);
        assertThat(positional).extracting(Positional::b).containsExactlyElementsOf(
                posts.stream().map(p -> p.title).collect(Collectors.toList()));
    }

    @Test
    @DisplayName("a BelongsTo step reads the target's field (a join with JOINS, else by key): null where the key is null")
    void belongsToStep() {
        List<Post> posts = seed();
        List<User> users = User.query().all();
        queries.reset();
        List<Edited> rows = Post.query().orderBy(Post_.id.asc()).select(Post_.title, Post_.editor.then(User_.username))
                .into(Edited.class);
        assertThat(queries.count()).as(queries.texts().toString()).isEqualTo(db.supports(Capability.JOINS) ? 1 : 2);
        List<Edited> expected = posts.stream().map(p -> new Edited(p.title, p.editorId == null ? null
                : users.stream().filter(u -> u.id.equals(p.editorId)).findFirst().orElseThrow().username))
                .collect(Collectors.toList());
        assertThat(rows).containsExactlyElementsOf(expected);
        if (db.supports(Capability.TRANSACTIONS) && db.supports(Capability.LOCKING_READS)) {
            // a locking projection reads its steps by key: the same rows
            db.transaction(() -> assertThat(Post.query().orderBy(Post_.id.asc()).forUpdate()
                    .select(Post_.title, Post_.editor.then(User_.username)).into(Edited.class))
                    .containsExactlyElementsOf(expected));
        }
    }

    @Test
    @DisplayName("tuples and streams give the same rows, a stream's steps read per batch; Tuple.get by field is typed")
    void tuplesAndStreams() {
        seed();
        List<Tuple> tuples = Post.query().where(Where.lt("score", 50)).orderBy(Post_.id.asc())
                .select(Post_.id, Post_.score, Post_.author.then(User_.username)).tuples();
        List<Long> ids = Post.query().where(Where.lt("score", 50)).orderBy(Post_.id.asc()).pluck(Post_.id);
        assertThat(tuples).extracting(t -> t.get(Post_.id)).containsExactlyElementsOf(ids);
        assertThat(tuples).allSatisfy(t -> assertThat(t.get(2)).isIn("ann", "bob"));
        queries.reset();
        try (Stream<Tuple> s = Post.query().where(Where.lt("score", 50)).orderBy(Post_.id.asc())
                .select(Post_.id, Post_.score, Post_.author.then(User_.username)).streamTuples()) {
            assertThat(s.map(Tuple::toString).collect(Collectors.toList()))
                    .containsExactlyElementsOf(tuples.stream().map(Tuple::toString).collect(Collectors.toList()));
        }
        // a streamed step is read by key once per batch of rows, not once per row
        assertThat(queries.count()).as(queries.texts().toString()).isEqualTo(db.supports(Capability.JOINS) ? 1 : 2);
        try (Stream<Line> s = Post.query().orderBy(Post_.id.asc()).select(Post_.title, Post_.id, Post_.score)
                .streamInto(Line.class)) {
            assertThat(s.count()).isEqualTo(30);
        }
        assertThat(Post.query().limit(0).select(Post_.id).tuples()).isEmpty();
    }

    @Test
    @DisplayName("a record that does not fit the selection, or a null for a primitive, is refused naming the component")
    void mismatches() {
        seed();
        assertThatThrownBy(() -> Post.query().select(Post_.id, Post_.title).into(WrongType.class))
                .isInstanceOf(ArgumentException.class).hasMessageContaining("WrongType.title")
                .hasMessageContaining("Integer");
        assertThatThrownBy(() -> Post.query().select(Post_.id).into(Line.class))
                .isInstanceOf(ArgumentException.class).hasMessageContaining("3 components");
        assertThatThrownBy(() -> Post.query().where(Post_.editorId.isNull()).select(Post_.editorId)
                .into(Primitive.class)).isInstanceOf(ArgumentException.class).hasMessageContaining("Primitive.editorId")
                .hasMessageContaining("boxed");
        assertThatThrownBy(() -> Post.query().select(User_.username)).isInstanceOf(ArgumentException.class)
                .hasMessageContaining("not a field of Post");
        assertThatThrownBy(() -> User.query().select(Post_.author.then(User_.username)))
                .isInstanceOf(ArgumentException.class).hasMessageContaining("not a BelongsTo relation of User");
    }
}
