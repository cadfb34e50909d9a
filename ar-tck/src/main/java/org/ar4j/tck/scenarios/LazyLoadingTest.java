package org.ar4j.tck.scenarios;

import java.util.List;

import org.ar4j.tck.TckScenario;
import org.ar4j.tck.fixtures.Post;
import org.ar4j.tck.fixtures.User;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Lazy loading and the relation cache. */
class LazyLoadingTest extends TckScenario {

    @Test
    @DisplayName("first access to a HasMany issues exactly one query; the second hits the cache")
    void firstAccessOneQueryThenCached() {
        User alice = new User("alice").save();
        new Post(alice, "one").save();
        new Post(alice, "two").save();
        User loaded = User.query().where("username", "alice").one();
        queries.reset();
        List<Post> posts = loaded.posts();
        assertThat(posts).extracting(p -> p.title).containsExactly("one", "two");
        assertThat(queries.count()).as(queries.texts().toString()).isEqualTo(1);
        assertThat(loaded.posts()).isSameAs(posts);
        assertThat(queries.count()).isEqualTo(1);
    }
}
