package org.ar4j.tck.scenarios;

import java.util.Arrays;
import java.util.List;

import org.ar4j.query.Order;
import org.ar4j.tck.TckScenario;
import org.ar4j.tck.fixtures.Post;
import org.ar4j.tck.fixtures.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import org.ar4j.query.Query;

/** Order, limit and offset. */
@Tag("queries")
class OrderingTest extends TckScenario {

    @BeforeEach
    void posts() {
        User u = new User("o").save();
        Object[][] rows = {{"c", 2}, {"a", 3}, {"b", 2}, {null, 1}, {"d", 3}};
        for (Object[] r : rows) {
            Post p = new Post(u, (String) r[0]);
            p.score = (Integer) r[1];
            p.save();
        }
    }

    private List<String> titles(Query<Post> q) {
        return q.pluck("title", String.class);
    }

    @Test
    @DisplayName("orderBy several fields, ascending and descending")
    void multiOrder() {
        assertThat(titles(Post.query().orderBy(Order.desc("score"), Order.asc("title")))).containsExactly("a", "d", "b", "c",
                null);
        assertThat(titles(Post.query().orderBy("score").orderBy(Order.desc("title")))).containsExactly(null, "c", "b", "d", "a");
    }

    @Test
    @DisplayName("nulls sort first ascending and last descending")
    void nullOrder() {
        assertThat(titles(Post.query().orderBy(Order.asc("title")))).containsExactly(null, "a", "b", "c", "d");
        assertThat(titles(Post.query().orderBy(Order.desc("title")))).containsExactly("d", "c", "b", "a", null);
    }

    @Test
    @DisplayName("limit and offset page through an ordered result")
    void paging() {
        Post.query().orderBy("title");
        assertThat(titles(Post.query().orderBy("title").limit(2))).containsExactly(null, "a");
        assertThat(titles(Post.query().orderBy("title").limit(2).offset(2))).containsExactly("b", "c");
        assertThat(titles(Post.query().orderBy("title").limit(2).offset(4))).containsExactly("d");
        assertThat(titles(Post.query().orderBy("title").limit(2).offset(10))).isEmpty();
    }

    @Test
    @DisplayName("offset without limit skips rows")
    void offsetOnly() {
        assertThat(titles(Post.query().orderBy("title").offset(3))).containsExactly("c", "d");
    }

    @Test
    @DisplayName("limit 0 returns nothing")
    void limitZero() {
        assertThat(Post.query().limit(0).all()).isEmpty();
    }

    @Test
    @DisplayName("field and column names are both accepted in orderBy")
    void columnNames() {
        User other = new User("p").save();
        Post p = new Post(other, "e");
        p.save();
        List<Long> byField = Post.query().orderBy(Order.desc("authorId"), Order.asc("id")).pluck("id", Long.class);
        List<Long> byColumn = Post.query().orderBy(Order.desc("author_id"), Order.asc("id")).pluck("id", Long.class);
        assertThat(byField).isEqualTo(byColumn).startsWith(p.id);
        assertThat(Arrays.asList(byField.toArray())).hasSize(6);
    }
}
