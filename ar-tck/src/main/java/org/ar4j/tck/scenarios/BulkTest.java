package org.ar4j.tck.scenarios;

import java.util.HashMap;
import java.util.Map;

import org.ar4j.QueryException;
import org.ar4j.query.Where;
import org.ar4j.tck.TckScenario;
import org.ar4j.tck.fixtures.Post;
import org.ar4j.tck.fixtures.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** updateAll and deleteAll. */
@Tag("queries")
class BulkTest extends TckScenario {
    private User u;

    @BeforeEach
    void seed() {
        u = new User("bulk").save();
        for (int i = 0; i < 10; i++) {
            Post p = new Post(u, "p" + i);
            p.score = i;
            p.save();
        }
    }

    @Test
    @DisplayName("updateAll sets fields on matching rows in one statement and returns the count")
    void updateAll() {
        queries.reset();
        long n = Post.query().where(Where.ge("score", 7)).updateAll(Map.of("published", true, "title", "top"));
        assertThat(n).isEqualTo(3);
        assertThat(queries.count()).isEqualTo(1);
        assertThat(Post.query().where("published", true).pluck("title", String.class)).containsOnly("top").hasSize(3);
    }

    @Test
    @DisplayName("updateAll can set a nullable field to null")
    void updateToNull() {
        Map<String, Object> values = new HashMap<>();
        values.put("title", null);
        assertThat(Post.query().where(Where.lt("score", 2)).updateAll(values)).isEqualTo(2);
        assertThat(Post.query().where(Where.isNull("title")).count()).isEqualTo(2);
    }

    @Test
    @DisplayName("deleteAll deletes matching rows in one statement and returns the count")
    void deleteAll() {
        queries.reset();
        assertThat(Post.query().where(Where.between("score", 2, 4)).deleteAll()).isEqualTo(3);
        assertThat(queries.count()).isEqualTo(1);
        assertThat(Post.query().count()).isEqualTo(7);
    }

    @Test
    @DisplayName("updateAll with an unknown field or a wrong type changes nothing")
    void updateAllBadInput() {
        queries.reset();
        assertThatThrownBy(() -> Post.query().updateAll(Map.of("scroe", 1))).isInstanceOf(QueryException.class)
                .hasMessageContaining("Did you mean 'score'?");
        assertThatThrownBy(() -> Post.query().updateAll(Map.of("score", "high"))).isInstanceOf(QueryException.class)
                .hasMessageContaining("Post.score");
        assertThat(queries.count()).isZero();
        assertThat(Post.query().where("score", 9).one().title).isEqualTo("p9");
    }

    @Test
    @DisplayName("bulk operations take conditions only: limit or orderBy is a QueryException")
    void bulkShape() {
        assertThatThrownBy(() -> Post.query().limit(3).deleteAll()).isInstanceOf(QueryException.class)
                .hasMessageContaining("deleteAll");
        assertThatThrownBy(() -> Post.query().orderBy("score").updateAll(Map.of("score", 1))).isInstanceOf(QueryException.class);
        assertThat(Post.query().count()).isEqualTo(10);
    }
}
