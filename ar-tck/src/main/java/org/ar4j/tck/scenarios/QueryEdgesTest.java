package org.ar4j.tck.scenarios;

import java.util.List;
import java.util.stream.Stream;

import org.ar4j.Ar4jException;
import org.ar4j.LoadMode;
import org.ar4j.QueryException;
import org.ar4j.RecordNotFoundException;
import org.ar4j.UnsupportedCapabilityException;
import org.ar4j.query.Predicate;
import org.ar4j.query.Query;
import org.ar4j.Capability;
import org.ar4j.tck.CapabilityGate;
import org.ar4j.tck.TckScenario;
import org.ar4j.ValidationException;
import org.ar4j.query.Where;
import org.ar4j.tck.fixtures.User;
import org.ar4j.tck.fixtures.User_;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Edges of the query API: every failure is an ar4j exception naming the problem, never a JDK one. */
@Tag("bad-input")
class QueryEdgesTest extends TckScenario {

    @Test
    @DisplayName("limit(0) returns nothing through all, count, first, exists and one")
    void limitZero() {
        new User("a").save();
        new User("b").save();
        Query<User> none = User.query().limit(0);
        assertThat(none.all()).isEmpty();
        assertThat(none.count()).isZero();
        assertThat(none.first()).isEmpty();
        assertThat(none.exists()).isFalse();
        assertThatThrownBy(none::one).isInstanceOf(RecordNotFoundException.class);
        assertThat(User.query().limit(1).first()).isPresent();
        assertThat(User.query().limit(1).exists()).isTrue();
    }

    @Test
    @DisplayName("null arguments are QueryExceptions naming the model, not NullPointerExceptions")
    void nullArguments() {
        assertThatThrownBy(() -> User.query().with((String[]) null)).isInstanceOf(QueryException.class)
                .hasMessageContaining("User");
        assertThatThrownBy(() -> User.query().where((Predicate) null)).isInstanceOf(QueryException.class)
                .hasMessageContaining("User");
        assertThatThrownBy(() -> User.query().with("posts", null)).isInstanceOf(QueryException.class);
        assertThatThrownBy(() -> User.query().loadMode((LoadMode) null)).isInstanceOf(QueryException.class);
    }

    @Test
    @DisplayName("an offset beyond 2^31 gives no row or a clear ar4j error, never an ArithmeticException")
    void hugeOffset() {
        new User("a").save();
        try {
            List<User> rows = User.query().offset(3_000_000_000L).all();
            assertThat(rows).isEmpty();
        } catch (Ar4jException e) {
            assertThat(e).hasMessageContaining("offset");
        }
    }

    @Test
    @DisplayName("a NUL character in a string or a pattern is refused alike everywhere, before any statement")
    void nulCharacters() {
        for (String name : List.of("a", "b", "c")) {
            new User(name).save();
        }
        assertThatThrownBy(() -> User.query().where(Where.like("username", "%\0%")).count())
                .isInstanceOf(QueryException.class).hasMessageContaining("NUL").hasMessageContaining("username");
        assertThatThrownBy(() -> User.query().where(User_.username.contains("\0")).deleteAll())
                .isInstanceOf(QueryException.class).hasMessageContaining("NUL");
        assertThatThrownBy(() -> User.query().where(User_.username.eq("a\0")).all())
                .isInstanceOf(QueryException.class).hasMessageContaining("NUL");
        User bad = new User("d\0e");
        assertThatThrownBy(bad::save).isInstanceOf(ValidationException.class).hasMessageContaining("NUL");
        assertThat(bad.isNewRecord()).isTrue();
        assertThat(observer().query(User.class).orderBy(org.ar4j.query.Order.asc("username")).pluck("username", String.class))
                .containsExactly("a", "b", "c");
    }

    @TestFactory
    Stream<DynamicTest> rawPlaceholders() {
        return CapabilityGate.scenario(db, Capability.RAW_SQL,
                "whereRaw needs exactly one parameter per ? outside quotes and comments", () -> {
                    new User("a").save();
                    assertThatThrownBy(() -> User.query().whereRaw("username = ?", "a", "extra"))
                            .isInstanceOf(QueryException.class).hasMessageContaining("1 ? placeholder")
                            .hasMessageContaining("2 parameters");
                    assertThatThrownBy(() -> User.query().whereRaw("username = ? AND email = ?", "a"))
                            .isInstanceOf(QueryException.class);
                    assertThat(User.query().whereRaw("username = ? AND email <> '?' -- a ? in a comment", "a").count())
                            .isEqualTo(1);
                }, () -> assertThatThrownBy(() -> User.query().whereRaw("username = ?", "a"))
                        .isInstanceOf(UnsupportedCapabilityException.class));
    }
}
