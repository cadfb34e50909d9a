package org.ar4j.tck.scenarios;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.ar4j.ActiveRecord;
import org.ar4j.ConfigurationException;
import org.ar4j.Database;
import org.ar4j.QueryEvent;
import org.ar4j.QueryListener;
import org.ar4j.Capability;
import org.ar4j.tck.CapabilityGate;
import org.ar4j.tck.TckScenario;
import org.ar4j.tck.fixtures.Post;
import org.ar4j.tck.fixtures.User;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What operators see: statement events with the model and the right parameter count, values only when
 * asked for, transaction boundaries as events, and unknown settings refused before anything opens.
 */
@Tag("observability")
class ObservabilityTest extends TckScenario {

    @Test
    @DisplayName("an event names the model and counts one parameter for one bound value; values are not carried by default")
    void eventsNameTheModelAndCountParameters() {
        List<QueryEvent> seen = new ArrayList<>();
        QueryListener listener = seen::add;
        db.addQueryListener(listener);
        try {
            User.query().where("username", "nobody").all();
        } finally {
            db.removeQueryListener(listener);
        }
        QueryEvent read = seen.stream().filter(QueryEvent::isRead).findFirst().orElseThrow();
        assertThat(read.model()).isEqualTo("User");
        assertThat(read.parameters().count()).isEqualTo(1);
        assertThat(read.parameters().values()).as("values may be personal data: off by default").isEmpty();
        assertThat(read.text()).doesNotContain("nobody");
    }

    @Test
    @DisplayName("an eager load sends no sort nobody declared, binds one array where the backend can (else one value"
            + " per key), and the children still come in id order")
    void eagerLoadsAskForNoSort() {
        List<User> users = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            users.add(new User("eager" + i));
        }
        db.insertAll(users);
        List<Post> posts = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            for (int i = users.size() - 1; i >= 0; i -= 3) {
                posts.add(new Post(users.get(i), "p" + round + "-" + i));
            }
        }
        db.insertAll(posts);
        queries.reset();
        List<User> loaded = User.query().orderBy("username").with("posts").all();
        QueryEvent load = queries.events().stream().filter(e -> "Post".equals(e.model())).findFirst().orElseThrow();
        assertThat(load.text()).as("User.POSTS declares no order").doesNotContainIgnoringCase("order by")
                .doesNotContain("sort");
        assertThat(load.parameters().count()).isEqualTo(db.supports(Capability.ARRAY_BINDING) ? 1 : 50);
        for (User u : loaded) {
            List<Long> ids = User.POSTS.get(u).stream().map(p -> p.id).toList();
            assertThat(ids).as(u.username + "'s posts in id order").isSorted();
        }
    }

    @Test
    @DisplayName("a find by id sends one read with the id as its only parameter (no limit: the id matches one row at"
            + " most); first() of any other query still limits to one")
    void findByIdSendsNoLimit() {
        User saved = new User("findme");
        saved.save();
        queries.reset();
        assertThat(ActiveRecord.find(User.class, saved.id)).map(u -> u.username).contains("findme");
        QueryEvent find = queries.events().stream().filter(QueryEvent::isRead).findFirst().orElseThrow();
        assertThat(queries.events().stream().filter(QueryEvent::isRead)).hasSize(1);
        assertThat(find.parameters().count()).isEqualTo(1);
        assertThat(find.text()).doesNotContainIgnoringCase("limit");
        queries.reset();
        assertThat(User.query().where("username", "findme").first()).isPresent();
        QueryEvent first = queries.events().stream().filter(QueryEvent::isRead).findFirst().orElseThrow();
        assertThat(first.text()).containsIgnoringCase("limit");
    }

    @Test
    @DisplayName("with logParameters(true), events carry the bound values")
    void valuesWhenAskedFor() {
        List<QueryEvent> seen = new ArrayList<>();
        try (Database logged = Database.builder().url(backend.url()).logParameters(true).build()) {
            logged.addQueryListener(seen::add);
            logged.query(User.class).where("username", "somebody").all();
        }
        QueryEvent read = seen.stream().filter(QueryEvent::isRead).findFirst().orElseThrow();
        assertThat(read.parameters().values()).containsExactly("somebody");
        assertThat(read.parameters().count()).isEqualTo(1);
    }

    @TestFactory
    Stream<DynamicTest> transactionBoundariesAreEvents() {
        return CapabilityGate.scenario(db, Capability.TRANSACTIONS,
                "begin and commit of a transaction are reported as TRANSACTION events around its statements", () -> {
                    List<QueryEvent> seen = new ArrayList<>();
                    QueryListener listener = seen::add;
                    db.addQueryListener(listener);
                    try {
                        db.transaction(() -> new User("t").save());
                    } finally {
                        db.removeQueryListener(listener);
                    }
                    List<String> kinds = seen.stream().map(e -> e.isTransactionControl() ? "TX" : "DATA").toList();
                    assertThat(kinds.get(0)).as("the first event begins the transaction").isEqualTo("TX");
                    assertThat(kinds.get(kinds.size() - 1)).as("the last commits it").isEqualTo("TX");
                    assertThat(kinds).contains("DATA");
                }, () -> assertThat(db.supports(Capability.TRANSACTIONS)).isFalse());
    }

    @Test
    @DisplayName("an unknown setting is a ConfigurationException naming the key, the closest known one, and the known keys")
    void unknownSettingsAreErrors() {
        assertThatThrownBy(() -> Database.builder().url(backend.url()).property("pool.maxsize", "2").build())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("Unknown setting 'pool.maxsize'")
                .hasMessageContaining(db.backendName())
                .hasMessageContaining("Known settings:");
        assertThat(User.query().count()).as("nothing was written").isZero();
    }
}
