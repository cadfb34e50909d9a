package org.ar4j.tck.scenarios;

import java.util.List;

import org.ar4j.ActiveRecord;
import org.ar4j.QueryException;
import org.ar4j.query.Order;
import org.ar4j.query.Where;
import org.ar4j.tck.TckScenario;
import org.ar4j.tck.fixtures.OddNames;
import org.ar4j.tck.fixtures.Post;
import org.ar4j.tck.fixtures.User;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import java.util.Map;

/**
 * Hostile input never executes: values are bound and stored verbatim, names are checked against
 * the model and rejected with clear errors, identifiers from metadata are quoted.
 */
@Tag("reliability")
class InjectionTest extends TckScenario {
    static final String[] HOSTILE = {
        "x' OR '1'='1",
        "'; DROP TABLE tck_users; --",
        "\" OR \"\"=\"",
        "`; DELETE FROM tck_posts; `",
        "{\"$gt\": \"\"}",
        "$where",
        "a\\'b\\\\c",
        "%_%",
        "Robert'); DROP TABLE Students;--",
        "1; SELECT pg_sleep(1)",
    };

    private void seed() {
        new User("alice").save();
        new User("bob").save();
    }

    private void assertIntact() {
        assertThat(User.query().count()).isEqualTo(2);
        assertThat(User.query().orderBy("username").pluck("username", String.class)).containsExactly("alice", "bob");
    }

    @Test
    @DisplayName("hostile strings are stored and read back verbatim, and match only themselves")
    void hostileValuesAreBound() {
        seed();
        for (String h : HOSTILE) {
            User u = new User();
            u.username = h;
            u.email = h;
            u.save();
            User back = ActiveRecord.findOrFail(User.class, u.id);
            assertThat(back.username).isEqualTo(h);
            assertThat(User.query().where("username", h).pluck("id", Long.class)).containsExactly(u.id);
            assertThat(User.query().where(Where.like("username", Where.escapeLike(h))).count()).isEqualTo(1);
            u.delete();
        }
        assertIntact();
    }

    @Test
    @DisplayName("an operator-looking string is a value, not an operator")
    void operatorLookingValue() {
        seed();
        assertThat(User.query().where("username", "{\"$gt\": \"\"}").count()).isZero();
        assertThat(User.query().where(Where.ne("username", "{\"$ne\": null}")).count()).isEqualTo(2);
        assertThat(User.query().where(Where.in("username", "{\"$gt\": \"\"}", "$ne")).count()).isZero();
        assertIntact();
    }

    @ParameterizedTest(name = "field name {0}")
    @ValueSource(strings = {"username; DROP TABLE tck_users", "username OR 1=1", "\"username\"", "`username`",
            "username--", "$where", "username.length"})
    @DisplayName("hostile field names in where, orderBy, pluck and updateAll are rejected")
    void hostileFieldNames(String name) {
        seed();
        queries.reset();
        assertThatThrownBy(() -> User.query().where(name, "x").all())
                .isInstanceOf(QueryException.class).hasMessageContaining("Unknown field").hasMessageContaining("User");
        assertThatThrownBy(() -> User.query().orderBy(Order.desc(name)).all()).isInstanceOf(QueryException.class);
        assertThatThrownBy(() -> User.query().pluck(name, String.class)).isInstanceOf(QueryException.class);
        assertThatThrownBy(() -> User.query().updateAll(Map.of(name, "x"))).isInstanceOf(QueryException.class);
        assertThat(queries.count()).as("nothing reached the backend").isZero();
        assertIntact();
    }

    @ParameterizedTest(name = "relation path {0}")
    @ValueSource(strings = {"posts; DROP TABLE tck_posts", "posts.comments OR 1=1", "posts..comments", "`posts`",
            "posts.$where"})
    @DisplayName("hostile relation paths are rejected before any query")
    void hostileRelationPaths(String path) {
        seed();
        queries.reset();
        assertThatThrownBy(() -> User.query().with(path).all()).isInstanceOf(QueryException.class);
        assertThat(queries.count()).isZero();
        assertIntact();
        assertThat(Post.query().count()).isZero();
    }

    @Test
    @DisplayName("LIKE patterns are bound: quotes and wildcards in a pattern cannot escape it")
    void hostileLikePatterns() {
        seed();
        assertThat(User.query().where(Where.like("username", "%' OR '1'='1")).count()).isZero();
        assertThat(User.query().where(Where.like("username", "a%")).pluck("username", String.class)).containsExactly("alice");
        assertThat(User.query().where(Where.like("username", Where.escapeLike("%"))).count()).isZero();
        assertIntact();
    }

    @Test
    @DisplayName("identifiers with quotes, backticks, semicolons and reserved words are quoted correctly")
    void oddIdentifiers() {
        OddNames o = new OddNames();
        o.reserved = "select * from x";
        o.quoted = "\"";
        o.backtick = "`";
        o.semicolon = 7;
        o.save();
        OddNames back = ActiveRecord.findOrFail(OddNames.class, o.id);
        assertThat(back.reserved).isEqualTo("select * from x");
        assertThat(back.quoted).isEqualTo("\"");
        assertThat(back.backtick).isEqualTo("`");
        assertThat(back.semicolon).isEqualTo(7);
        List<OddNames> found = ActiveRecord.query(OddNames.class)
                .where(Where.and(Where.eq("select", "select * from x"), Where.gt("semi;colon -- x", 1)))
                .orderBy(Order.desc("we\"ird"), Order.asc("back`tick"))
                .all();
        assertThat(found).hasSize(1);
        back.semicolon = 8;
        back.save();
        assertThat(ActiveRecord.query(OddNames.class).where("semicolon", 8).count()).isEqualTo(1);
        assertThat(ActiveRecord.query(OddNames.class).deleteAll()).isEqualTo(1);
    }
}
