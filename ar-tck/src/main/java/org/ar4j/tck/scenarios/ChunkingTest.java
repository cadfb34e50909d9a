package org.ar4j.tck.scenarios;

import java.util.ArrayList;
import java.util.List;

import org.ar4j.tck.TckScenario;
import org.ar4j.tck.fixtures.Post;
import org.ar4j.tck.fixtures.User;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Key lists are chunked to the backend's real bind-parameter limit. */
@Tag("loading")
class ChunkingTest extends TckScenario {

    @Test
    @DisplayName("maxKeysPerQuery() + 1 owners cost two queries for a level (one where keys bind as an array)")
    void limitPlusOne() {
        int max = db.maxKeysPerQuery();
        boolean unlimited = max == Integer.MAX_VALUE;
        int owners = unlimited ? 40_000 : max + 1;
        List<User> users = new ArrayList<>(owners);
        for (int i = 0; i < owners; i++) {
            users.add(new User("c" + i));
        }
        db.insertAll(users);
        User last = users.get(owners - 1);
        Post p = new Post(last, "the last owner's post");
        p.save();
        queries.reset();
        List<User> loaded = User.query().with("posts").all();
        assertThat(loaded).hasSize(owners);
        int relationQueries = queries.count() - 1;
        System.out.println("[ar4j-tck] " + db.backendName() + ": " + owners + " owners, maxKeysPerQuery "
                + (unlimited ? "unlimited" : max) + ", " + relationQueries + " relation queries");
        assertThat(relationQueries).isEqualTo(unlimited ? 1 : 2);
        long withPosts = loaded.stream().filter(u -> !u.posts().isEmpty()).count();
        assertThat(withPosts).isEqualTo(1);
        assertThat(queries.count()).isEqualTo(unlimited ? 2 : 3);
    }
}
