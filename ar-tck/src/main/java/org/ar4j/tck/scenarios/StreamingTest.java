package org.ar4j.tck.scenarios;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.ar4j.QueryException;
import org.ar4j.query.Order;
import org.ar4j.query.Where;
import org.ar4j.tck.TckScenario;
import org.ar4j.tck.fixtures.Post;
import org.ar4j.tck.fixtures.User;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Streaming large results through a cursor. */
@Tag("queries")
class StreamingTest extends TckScenario {

    private void seed(int n) {
        User u = new User("stream").save();
        List<Post> posts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Post p = new Post(u, "s" + i);
            p.score = i;
            posts.add(p);
        }
        db.insertAll(posts);
    }

    @Test
    @DisplayName("stream() visits every row in order with one query, reported when the stream closes")
    void streamAll() {
        seed(3000);
        queries.reset();
        AtomicLong sum = new AtomicLong();
        long count;
        try (Stream<Post> s = Post.query().orderBy("score").stream()) {
            count = s.peek(p -> sum.addAndGet(p.score)).count();
        }
        assertThat(count).isEqualTo(3000);
        assertThat(sum.get()).isEqualTo(2999L * 3000 / 2);
        assertThat(queries.count()).isEqualTo(1);
        assertThat(queries.events().get(0).outcome().rows()).isEqualTo(3000);
    }

    @Test
    @DisplayName("a stream honours conditions, order and limit, and can stop early")
    void streamFiltered() {
        seed(500);
        try (Stream<Post> s = Post.query().where(Where.ge("score", 100)).orderBy(Order.desc("score")).limit(50).stream()) {
            List<Integer> first3 = s.limit(3).map(p -> p.score).toList();
            assertThat(first3).containsExactly(499, 498, 497);
        }
        assertThat(Post.query().count()).as("the connection is usable after an early close").isEqualTo(500);
    }

    @Test
    @DisplayName("records from a stream load relations lazily; with() is rejected on streams")
    void streamRelations() {
        seed(3);
        try (Stream<Post> s = Post.query().stream()) {
            assertThat(s.map(p -> p.author().username).toList()).containsOnly("stream");
        }
        assertThatThrownBy(() -> Post.query().with("author").stream()).isInstanceOf(QueryException.class);
    }
}
