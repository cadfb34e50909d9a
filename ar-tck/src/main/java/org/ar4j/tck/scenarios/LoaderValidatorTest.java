package org.ar4j.tck.scenarios;

import java.util.List;

import org.ar4j.ActiveRecord;
import org.ar4j.Ar4jException;
import org.ar4j.ValidationException;
import org.ar4j.tck.TckScenario;
import org.ar4j.tck.fixtures.Badge;
import org.ar4j.tck.fixtures.Post;
import org.ar4j.tck.fixtures.Rating;
import org.ar4j.tck.fixtures.Reader;
import org.ar4j.tck.fixtures.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Custom loaders and relation validators. */
@Tag("relations")
class LoaderValidatorTest extends TckScenario {

    @BeforeEach
    void reset() {
        Reader.LOADER_CALLS.clear();
    }

    private void readers(String... names) {
        for (String n : names) {
            new Reader(n).save();
        }
    }

    @Test
    @DisplayName("a custom loader serves data that is not in the database, with no query")
    void loaderServesComputedData() {
        readers("ab");
        Reader r = Reader.query(Reader.class).one();
        queries.reset();
        List<Badge> badges = Reader.BADGES.get(r);
        assertThat(badges).extracting(b -> b.label).containsExactly("ab#0", "ab#1", "ab#2");
        assertThat(queries.count()).isZero();
        assertThat(ActiveRecord.query(Badge.class).count()).isZero();
    }

    @Test
    @DisplayName("under PEERS the loader is called once with every owner of the query")
    void loaderBatchedForPeers() {
        readers("a", "bb", "ccc", "dddd");
        for (Reader r : ActiveRecord.query(Reader.class).all()) {
            Reader.BADGES.get(r);
        }
        assertThat(Reader.LOADER_CALLS).containsExactly(4);
    }

    @Test
    @DisplayName("eager loading calls the loader once with all owners")
    void loaderBatchedForEager() {
        readers("a", "bb", "ccc");
        List<Reader> all = ActiveRecord.query(Reader.class).with("badges").all();
        assertThat(Reader.LOADER_CALLS).containsExactly(3);
        assertThat(all).extracting(r -> Reader.BADGES.get(r).size()).containsExactlyInAnyOrder(2, 3, 1);
        assertThat(Reader.LOADER_CALLS).hasSize(1);
    }

    @Test
    @DisplayName("a loader returning the wrong number of values is a clear error naming the relation")
    void loaderWrongSize() {
        readers("a");
        Reader r = ActiveRecord.query(Reader.class).one();
        assertThatThrownBy(() -> Reader.BROKEN_BADGES.get(r)).isInstanceOf(Ar4jException.class)
                .hasMessageContaining("Reader.brokenBadges").hasMessageContaining("one value per owner");
    }

    @Test
    @DisplayName("foreignKeyExists rejects a dangling key, nothing is written")
    void foreignKeyExistsRejects() {
        User u = new User("v").save();
        Rating r = new Rating();
        r.postId = 424242L;
        r.userId = u.id;
        assertThatThrownBy(r::save).isInstanceOf(ValidationException.class)
                .hasMessageContaining("postId").hasMessageContaining("Post").hasMessageContaining("424242");
        assertThat(ActiveRecord.query(Rating.class).count()).isZero();
    }

    @Test
    @DisplayName("foreignKeyExists accepts a valid key and a null key")
    void foreignKeyExistsAccepts() {
        User u = new User("w").save();
        Post p = new Post(u, "t").save();
        Rating ok = new Rating();
        ok.postId = p.id;
        ok.userId = u.id;
        ok.save();
        Rating none = new Rating();
        none.userId = u.id;
        none.save();
        assertThat(ActiveRecord.query(Rating.class).count()).isEqualTo(2);
    }

    @Test
    @DisplayName("a custom validator's errors block the save with ValidationException")
    void customValidator() {
        Rating r = new Rating();
        assertThatThrownBy(r::save).isInstanceOf(ValidationException.class)
                .hasMessageContaining("userId is required: every rating names its user");
        assertThat(r.isNewRecord()).isTrue();
    }
}
