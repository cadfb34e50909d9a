package org.ar4j.tck.scenarios;

import org.ar4j.NonUniqueResultException;
import org.ar4j.RecordNotFoundException;
import org.ar4j.query.Where;
import org.ar4j.tck.TckScenario;
import org.ar4j.tck.fixtures.Post;
import org.ar4j.tck.fixtures.User;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import org.ar4j.query.Order;

/** count, exists, pluck, first, one. */
@Tag("queries")
class AggregatesTest extends TckScenario {

    private User seed(int posts) {
        User u = new User("agg").save();
        for (int i = 0; i < posts; i++) {
            Post p = new Post(u, "t" + i);
            p.score = i;
            p.save();
        }
        return u;
    }

    @Test
    @DisplayName("count with and without conditions is one query")
    void count() {
        seed(7);
        queries.reset();
        assertThat(Post.query().count()).isEqualTo(7);
        assertThat(Post.query().where(Where.ge("score", 5)).count()).isEqualTo(2);
        assertThat(queries.count()).isEqualTo(2);
    }

    @Test
    @DisplayName("count honours limit and offset")
    void countLimited() {
        seed(7);
        assertThat(Post.query().limit(3).count()).isEqualTo(3);
        assertThat(Post.query().orderBy("score").offset(5).count()).isEqualTo(2);
    }

    @Test
    @DisplayName("exists is true only when a row matches")
    void exists() {
        seed(2);
        assertThat(Post.query().where("title", "t1").exists()).isTrue();
        assertThat(Post.query().where("title", "zz").exists()).isFalse();
    }

    @Test
    @DisplayName("pluck returns one typed field in query order, nulls included")
    void pluck() {
        User u = seed(3);
        new Post(u, null).save();
        assertThat(Post.query().orderBy("score", "id").pluck("title", String.class)).containsExactly("t0", null, "t1", "t2");
        assertThat(Post.query().orderBy("score").pluck("score", Integer.class)).containsExactly(0, 0, 1, 2);
        assertThat(Post.query().pluck("published", Boolean.class)).containsOnly(false);
    }

    @Test
    @DisplayName("first returns the first row by order, or empty")
    void first() {
        assertThat(Post.query().first()).isEmpty();
        seed(3);
        assertThat(Post.query().orderBy(Order.desc("score")).first()).get()
                .extracting(p -> p.title).isEqualTo("t2");
    }

    @Test
    @DisplayName("one returns the single match; none throws RecordNotFoundException, several NonUniqueResultException")
    void one() {
        seed(3);
        assertThat(Post.query().where("title", "t1").one().score).isEqualTo(1);
        assertThatThrownBy(() -> Post.query().where("title", "zz").one()).isInstanceOf(RecordNotFoundException.class)
                .hasMessageContaining("Post");
        assertThatThrownBy(() -> Post.query().one()).isInstanceOf(NonUniqueResultException.class).hasMessageContaining("Post");
    }

    @Test
    @DisplayName("all on an empty table is an empty list")
    void allEmpty() {
        assertThat(Post.query().all()).isEmpty();
    }
}
