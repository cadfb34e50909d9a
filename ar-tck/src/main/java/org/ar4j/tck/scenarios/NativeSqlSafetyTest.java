package org.ar4j.tck.scenarios;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import org.ar4j.ArgumentException;
import org.ar4j.Capability;
import org.ar4j.QueryException;
import org.ar4j.UnsupportedCapabilityException;
import org.ar4j.query.Order;
import org.ar4j.tck.CapabilityGate;
import org.ar4j.tck.TckScenario;
import org.ar4j.tck.fixtures.AllTypes;
import org.ar4j.tck.fixtures.Post;
import org.ar4j.tck.fixtures.User;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Native SQL that would map or run wrongly is refused before anything is read or written: repeated columns, more
 * than one statement, statements that return no rows, values a column cannot be read as; and its parameters are
 * bound as fields of their type are.
 */
@Tag("native-sql")
class NativeSqlSafetyTest extends TckScenario {

    /** A report row with one number. */
    record Count(long count) {
    }

    /** A report row whose two components could both take one column. */
    record Twice(Long authorId, Long author_id) {
    }

    private Stream<DynamicTest> gated(String name, org.junit.jupiter.api.function.Executable run) {
        return CapabilityGate.scenario(db, Capability.RAW_SQL, name, run,
                () -> assertThatThrownBy(() -> db.sql(Post.class, "SELECT * FROM tck_posts"))
                        .isInstanceOf(UnsupportedCapabilityException.class).hasMessageContaining("RAW_SQL"));
    }

    private List<Post> seed() {
        User a = new User("w1").save();
        User b = new User("w2").save();
        List<Post> posts = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            posts.add(new Post(i % 2 == 0 ? a : b, "p" + i).save());
        }
        return posts;
    }

    @TestFactory
    Stream<DynamicTest> repeatedColumns() {
        return gated("a column that two selected columns could fill is refused, naming it; save() never hits a joined row",
                () -> {
                    List<Post> posts = seed();
                    assertThatThrownBy(() -> db.sql(Post.class, "SELECT p.*, u.id FROM tck_posts p"
                            + " JOIN tck_users u ON u.id = p.author_id ORDER BY p.id"))
                            .isInstanceOf(QueryException.class).hasMessageContaining("Post.id")
                            .hasMessageContaining("two columns");
                    assertThatThrownBy(() -> db.sql(Twice.class, "SELECT author_id, author_id FROM tck_posts"))
                            .isInstanceOf(QueryException.class).hasMessageContaining("two columns");
                    // with only the post's columns selected, every record is its own row and saves there
                    List<Post> mapped = db.sql(Post.class, "SELECT p.* FROM tck_posts p"
                            + " JOIN tck_users u ON u.id = p.author_id ORDER BY p.id");
                    assertThat(mapped).extracting(p -> p.id).containsExactlyElementsOf(posts.stream().map(p -> p.id).toList());
                    mapped.get(2).title = "renamed";
                    mapped.get(2).save();
                    assertThat(observer().query(Post.class).orderBy(Order.asc("id")).pluck("title", String.class))
                            .containsExactly("p0", "p1", "renamed", "p3");
                });
    }

    @TestFactory
    Stream<DynamicTest> oneQueryOnly() {
        return gated("empty SQL, two statements and a write without RETURNING are refused before anything runs", () -> {
            seed();
            assertThatThrownBy(() -> db.sql(Post.class, "")).isInstanceOf(QueryException.class)
                    .hasMessageContaining("no statement");
            assertThatThrownBy(() -> db.sql(Post.class, "  -- only a comment\n")).isInstanceOf(QueryException.class)
                    .hasMessageContaining("no statement");
            assertThatThrownBy(() -> db.sql(Post.class, "SELECT * FROM tck_posts; DELETE FROM tck_posts WHERE score = ?", 0))
                    .isInstanceOf(QueryException.class).hasMessageContaining("2 statements");
            assertThatThrownBy(() -> db.sql(Post.class, "DELETE FROM tck_posts WHERE score = ?", 0))
                    .isInstanceOf(QueryException.class).hasMessageContaining("'DELETE ...' returns none");
            assertThat(observer().query(Post.class).count()).isEqualTo(4);
            // a trailing semicolon and a semicolon inside a string are one statement
            assertThat(db.sql(Post.class, "SELECT * FROM tck_posts WHERE title <> ';' ORDER BY id;")).hasSize(4);
        });
    }

    @TestFactory
    Stream<DynamicTest> unreadableValues() {
        return gated("a column that cannot be read as the component's type is refused alike everywhere, naming it", () -> {
            seed();
            assertThatThrownBy(() -> db.sql(Count.class, "SELECT 'abc' AS count FROM tck_posts"))
                    .isInstanceOf(QueryException.class).hasMessageContaining("'count'");
            assertThat(db.sql(Count.class, "SELECT COUNT(*) AS count FROM tck_posts")).containsExactly(new Count(4));
            assertThat(db.sql(Count.class, "SELECT 0 AS count FROM tck_posts WHERE id = (SELECT MIN(id) FROM tck_posts)"))
                    .containsExactly(new Count(0));
        });
    }

    @TestFactory
    Stream<DynamicTest> parametersBoundAsFields() {
        return gated("native parameters of every field type find the rows a typed where finds (seeded)", () -> {
            Random random = new Random(37);
            List<AllTypes> rows = new ArrayList<>();
            Instant base = Instant.parse("2026-03-01T10:15:30.123456Z");
            for (int i = 0; i < 12; i++) {
                AllTypes t = new AllTypes();
                t.text = "t" + random.nextInt(4);
                t.flag = random.nextBoolean();
                t.count = random.nextInt(3);
                t.big = (long) random.nextInt(3) << 33;
                t.ratio = random.nextInt(3) / 4.0;
                t.localTime = LocalDateTime.of(2026, 1, 1, random.nextInt(3), 0, 0, 250_000_000);
                t.uuid = new UUID(7, random.nextInt(3));
                t.mood = AllTypes.Mood.values()[random.nextInt(3)];
                rows.add(t.save());
            }
            check(rows, "text", t -> t.text);
            check(rows, "flag", t -> t.flag);
            check(rows, "count", t -> t.count);
            check(rows, "big", t -> t.big);
            check(rows, "ratio", t -> t.ratio);
            // at and day are keywords on some databases (DuckDB's AT TIME ZONE, H2's DAY) and native SQL cannot quote
            // portably: Instants are checked on tck_posts.created_at below; a LocalDate takes the same path as the
            // LocalDateTime here (the codec of its column type)
            check(rows, "local_time", t -> t.localTime);
            check(rows, "uuid", t -> t.uuid);
            check(rows, "mood", t -> t.mood);
            User author = new User("instants").save();
            List<Post> posts = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                Post p = new Post(author, "i" + i);
                p.createdAt = base.plus(random.nextInt(2), ChronoUnit.HOURS);
                posts.add(p.save());
            }
            Instant first = posts.get(0).createdAt;
            int sameInstant = (int) posts.stream().filter(p -> p.createdAt.equals(first)).count();
            assertThat(db.sql(Post.class, "SELECT * FROM tck_posts WHERE created_at = ?", first)).hasSize(sameInstant);
            assertThat(Post.query().whereRaw("created_at = ?", first).count()).isEqualTo(sameInstant);
            // an OffsetDateTime names the instant it is stored as
            assertThat(db.sql(Post.class, "SELECT * FROM tck_posts WHERE created_at = ?",
                    first.atOffset(java.time.ZoneOffset.ofHours(2)))).hasSize(sameInstant);
            assertThatThrownBy(() -> db.sql(Post.class, "SELECT * FROM tck_posts WHERE created_at = ?", new java.util.Date()))
                    .isInstanceOf(ArgumentException.class).hasMessageContaining("java.util.Date");
            assertThatThrownBy(() -> AllTypes.query(AllTypes.class).whereRaw("text = ?", new StringBuilder("t1")).count())
                    .isInstanceOf(ArgumentException.class).hasMessageContaining("StringBuilder");
            assertThat(db.sql(AllTypes.class, "SELECT * FROM tck_all_types WHERE count = ?", (short) 1))
                    .hasSize((int) rows.stream().filter(r -> r.count == 1).count());
        });
    }

    private void check(List<AllTypes> rows, String column, Function<AllTypes, Object> value) {
        for (AllTypes probe : rows.subList(0, 3)) {
            Object v = value.apply(probe);
            long expected = rows.stream().filter(r -> Objects.equals(value.apply(r), v)).count();
            assertThat(AllTypes.query(AllTypes.class).whereRaw(column + " = ?", v).count())
                    .as("whereRaw(%s = ?, %s)", column, v).isEqualTo(expected);
            assertThat(db.sql(AllTypes.class, "SELECT * FROM tck_all_types WHERE " + column + " = ?", v))
                    .as("db.sql ... %s = ?, %s", column, v).hasSize((int) expected);
        }
    }
}
