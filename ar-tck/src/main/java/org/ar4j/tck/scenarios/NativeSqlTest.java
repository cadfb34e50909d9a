package org.ar4j.tck.scenarios;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.ar4j.Capability;
import org.ar4j.QueryException;
import org.ar4j.UnsupportedCapabilityException;
import org.ar4j.query.Order;
import org.ar4j.tck.CapabilityGate;
import org.ar4j.tck.TckScenario;
import org.ar4j.tck.fixtures.Post;
import org.ar4j.tck.fixtures.Post_;
import org.ar4j.tck.fixtures.User;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Native SQL mapped to models and to Java records: {@code db.sql(Type.class, sql, args)}. */
@Tag("native-sql")
class NativeSqlTest extends TckScenario {

    /** A report row: per author, the number of posts and their total score. */
    record AuthorTotal(Long authorId, Long posts, Long total) {
    }

    private List<Post> seed() {
        Random random = new Random(7);
        List<User> users = List.of(new User("n1").save(), new User("n2").save(), new User("n3").save());
        List<Post> posts = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            Post p = new Post(users.get(random.nextInt(3)), "t" + i);
            p.score = random.nextInt(40);
            posts.add(p.save());
        }
        return posts;
    }

    private static Stream<DynamicTest> gated(org.ar4j.Database db, String name, org.junit.jupiter.api.function.Executable run) {
        return CapabilityGate.scenario(db, Capability.RAW_SQL, name, run,
                () -> assertThatThrownBy(() -> db.sql(Post.class, "SELECT * FROM tck_posts"))
                        .isInstanceOf(UnsupportedCapabilityException.class).hasMessageContaining("RAW_SQL"));
    }

    @TestFactory
    Stream<DynamicTest> recordsFromNativeSql() {
        return gated(db, "db.sql(Model.class, ...) returns persisted records equal to a query's, which save as usual", () -> {
            List<Post> posts = seed();
            List<Post> found = db.sql(Post.class, "SELECT * FROM tck_posts WHERE score > ? ORDER BY id", 15);
            List<Post> expected = Post.query().where(Post_.score.gt(15)).orderBy(Post_.id.asc()).all();
            assertThat(found).extracting(p -> p.id).containsExactlyElementsOf(expected.stream().map(p -> p.id)
                    .collect(Collectors.toList()));
            assertThat(found).extracting(p -> p.title).containsExactlyElementsOf(expected.stream().map(p -> p.title)
                    .collect(Collectors.toList()));
            assertThat(found).allSatisfy(p -> assertThat(p.isNewRecord()).isFalse());
            Post first = found.get(0);
            assertThat(first.changedFields()).isEmpty();
            first.title = "renamed";
            first.save();
            assertThat(observer().query(Post.class).whereId(first.id).one().title).isEqualTo("renamed");
            assertThat(first.author().username).startsWith("n");
            assertThat(posts).isNotEmpty();
        });
    }

    @TestFactory
    Stream<DynamicTest> recordProjections() {
        return gated(db, "db.sql(Record.class, ...) maps a report query's columns to components by name", () -> {
            List<Post> posts = seed();
            List<AuthorTotal> rows = db.sql(AuthorTotal.class, "SELECT author_id, COUNT(*) AS posts, SUM(score) AS total"
                    + " FROM tck_posts WHERE title <> '?' GROUP BY author_id ORDER BY author_id");
            Map<Long, long[]> expected = new TreeMap<>();
            for (Post p : posts) {
                long[] acc = expected.computeIfAbsent(p.authorId, k -> new long[2]);
                acc[0]++;
                acc[1] += p.score;
            }
            assertThat(rows).containsExactlyElementsOf(expected.entrySet().stream()
                    .map(e -> new AuthorTotal(e.getKey(), e.getValue()[0], e.getValue()[1])).collect(Collectors.toList()));
            List<Long> ids = Post.query().orderBy(Order.asc("id")).pluck(Post_.id);
            assertThat(db.sql(Post.class, "SELECT * FROM tck_posts WHERE id IN (?, ?) ORDER BY id", ids.get(0), ids.get(1)))
                    .extracting(p -> p.id).containsExactly(ids.get(0), ids.get(1));
        });
    }

    @TestFactory
    Stream<DynamicTest> mistakes() {
        return gated(db, "missing or unknown columns and a wrong number of parameters are refused naming them", () -> {
            seed();
            long before = observer().query(Post.class).count();
            assertThatThrownBy(() -> db.sql(Post.class, "SELECT id, title FROM tck_posts"))
                    .isInstanceOf(QueryException.class).hasMessageContaining("author_id").hasMessageContaining("Post");
            assertThatThrownBy(() -> db.sql(Post.class, "SELECT p.*, 1 AS extra FROM tck_posts p"))
                    .isInstanceOf(QueryException.class).hasMessageContaining("'extra'");
            assertThatThrownBy(() -> db.sql(Post.class, "SELECT * FROM tck_posts WHERE id = ?"))
                    .isInstanceOf(QueryException.class).hasMessageContaining("1 ? placeholder")
                    .hasMessageContaining("0 parameters");
            assertThatThrownBy(() -> db.sql(AuthorTotal.class, "SELECT author_id, COUNT(*) AS n, SUM(score) AS total"
                    + " FROM tck_posts GROUP BY author_id")).isInstanceOf(QueryException.class)
                    .hasMessageContaining("posts");
            assertThatThrownBy(() -> db.sql(String.class, "SELECT title FROM tck_posts"))
                    .isInstanceOf(org.ar4j.ArgumentException.class).hasMessageContaining("record");
            assertThat(observer().query(Post.class).count()).isEqualTo(before);
        });
    }
}
