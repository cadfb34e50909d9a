package org.ar4j.tck.scenarios;

import java.util.List;

import org.ar4j.query.Predicate;
import org.ar4j.query.Where;
import org.ar4j.tck.TckScenario;
import org.ar4j.tck.fixtures.Post;
import org.ar4j.tck.fixtures.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.ar4j.query.Where.and;
import static org.ar4j.query.Where.between;
import static org.ar4j.query.Where.eq;
import static org.ar4j.query.Where.ge;
import static org.ar4j.query.Where.gt;
import static org.ar4j.query.Where.in;
import static org.ar4j.query.Where.isNotNull;
import static org.ar4j.query.Where.isNull;
import static org.ar4j.query.Where.le;
import static org.ar4j.query.Where.like;
import static org.ar4j.query.Where.lt;
import static org.ar4j.query.Where.ne;
import static org.ar4j.query.Where.not;
import static org.ar4j.query.Where.notIn;
import static org.ar4j.query.Where.or;
import static org.assertj.core.api.Assertions.assertThat;

/** Every predicate, with SQL's null semantics on every backend. */
@Tag("queries")
class PredicatesTest extends TckScenario {

    @BeforeEach
    void posts() {
        User u = new User("author").save();
        String[] titles = {"Alpha", "beta", "Gamma", "delta", "100% sure", "under_score", "back\\slash", null};
        int score = 10;
        for (String t : titles) {
            Post p = new Post(u, t);
            p.score = score;
            p.published = score % 20 == 0;
            if (score >= 50) {
                p.editorId = u.id;
            }
            p.save();
            score += 10;
        }
    }

    private List<String> titles(Predicate p) {
        return Post.query().where(p).orderBy("score").pluck("title", String.class);
    }

    @Test
    @DisplayName("eq and ne; ne does not match nulls")
    void eqNe() {
        assertThat(titles(eq("title", "Alpha"))).containsExactly("Alpha");
        assertThat(titles(ne("title", "Alpha"))).hasSize(6).doesNotContainNull();
    }

    @Test
    @DisplayName("lt, le, gt, ge on integers")
    void ranges() {
        assertThat(titles(lt("score", 30))).containsExactly("Alpha", "beta");
        assertThat(titles(le("score", 30))).containsExactly("Alpha", "beta", "Gamma");
        assertThat(titles(gt("score", 60))).containsExactly("back\\slash", null);
        assertThat(Post.query().where(ge("score", 70)).count()).isEqualTo(2);
    }

    @Test
    @DisplayName("string comparisons are case-sensitive")
    void caseSensitiveEquality() {
        assertThat(titles(eq("title", "alpha"))).isEmpty();
        assertThat(titles(eq("title", "beta"))).containsExactly("beta");
    }

    @Test
    @DisplayName("in and notIn; notIn does not match nulls")
    void inNotIn() {
        assertThat(titles(in("title", "Alpha", "delta", "nope"))).containsExactly("Alpha", "delta");
        assertThat(titles(notIn("title", "Alpha", "delta"))).hasSize(5).doesNotContainNull();
        assertThat(titles(in("score", List.of(10, 80)))).containsExactly("Alpha", null);
    }

    @Test
    @DisplayName("in with an empty list matches nothing; notIn with an empty list matches everything")
    void emptyIn() {
        assertThat(Post.query().where(in("title", List.of())).count()).isZero();
        assertThat(Post.query().where(notIn("title", List.of())).count()).isEqualTo(8);
    }

    @Test
    @DisplayName("isNull and isNotNull")
    void nulls() {
        assertThat(Post.query().where(isNull("title")).count()).isEqualTo(1);
        assertThat(Post.query().where(isNotNull("title")).count()).isEqualTo(7);
        assertThat(Post.query().where(isNotNull("editorId")).count()).isEqualTo(4);
    }

    @Test
    @DisplayName("like: % and _ wildcards, case-sensitive")
    void likePatterns() {
        assertThat(titles(like("title", "%a"))).containsExactly("Alpha", "beta", "Gamma", "delta");
        assertThat(titles(like("title", "_eta"))).containsExactly("beta");
        assertThat(titles(like("title", "a%"))).isEmpty();
        assertThat(titles(like("title", "A%"))).containsExactly("Alpha");
    }

    @Test
    @DisplayName("like: escaped % _ and \\ match literally")
    void likeEscapes() {
        assertThat(titles(like("title", "100\\% %"))).containsExactly("100% sure");
        assertThat(titles(like("title", "%\\_%"))).containsExactly("under_score");
        assertThat(titles(like("title", "%" + Where.escapeLike("\\") + "%"))).containsExactly("back\\slash");
        assertThat(titles(like("title", Where.escapeLike("100%") + "%"))).containsExactly("100% sure");
    }

    @Test
    @DisplayName("between is inclusive on both ends")
    void betweenBounds() {
        assertThat(titles(between("score", 20, 40))).containsExactly("beta", "Gamma", "delta");
    }

    @Test
    @DisplayName("and, or, not nest")
    void booleanValues() {
        assertThat(titles(and(gt("score", 10), lt("score", 50), or(eq("title", "beta"), eq("title", "delta")))))
                .containsExactly("beta", "delta");
        assertThat(titles(or(eq("title", "Alpha"), and(eq("published", true), gt("score", 60)))))
                .containsExactly("Alpha", null);
        assertThat(titles(not(or(lt("score", 30), gt("score", 60))))).containsExactly("Gamma", "delta", "100% sure",
                "under_score");
    }

    @Test
    @DisplayName("not(eq) does not match nulls (three-valued logic)")
    void notOfNull() {
        assertThat(Post.query().where(not(eq("title", "Alpha"))).count()).isEqualTo(6);
        assertThat(Post.query().where(not(isNull("title"))).count()).isEqualTo(7);
    }

    @Test
    @DisplayName("several where calls combine with AND; where(field, value) is eq")
    void chainedWhere() {
        assertThat(Post.query().where(gt("score", 20)).where(lt("score", 50)).where("published", true).pluck("title",
                String.class))
                .containsExactly("delta");
    }

    @Test
    @DisplayName("booleans and nullable foreign keys in predicates")
    void booleans() {
        assertThat(Post.query().where("published", true).count()).isEqualTo(4);
        assertThat(Post.query().where(and(eq("published", false), isNull("editorId"))).count()).isEqualTo(2);
    }
}
