package org.ar4j.tck.scenarios;

import java.time.Duration;
import java.util.List;

import org.ar4j.ActiveRecord;
import org.ar4j.QueryException;
import org.ar4j.tck.TckScenario;
import org.ar4j.tck.fixtures.Blogger;
import org.ar4j.tck.fixtures.Entry;
import org.ar4j.tck.fixtures.Post;
import org.ar4j.tck.fixtures.RecordingCache;
import org.ar4j.tck.fixtures.User;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import java.lang.ref.WeakReference;
import org.ar4j.LoadMode;

/** Lazy loading and the relation cache. */
@Tag("loading")
class LazyLoadingTest extends TckScenario {

    private User alice() {
        User alice = new User("alice").save();
        new Post(alice, "one").save();
        new Post(alice, "two").save();
        return User.query().where("username", "alice").one();
    }

    @Test
    @DisplayName("first access to a HasMany issues exactly one query; the second hits the cache")
    void firstAccessOneQueryThenCached() {
        User loaded = alice();
        queries.reset();
        List<Post> posts = loaded.posts();
        assertThat(posts).extracting(p -> p.title).containsExactly("one", "two");
        assertThat(queries.count()).as(queries.texts().toString()).isEqualTo(1);
        assertThat(loaded.posts()).isSameAs(posts);
        assertThat(queries.count()).isEqualTo(1);
    }

    @Test
    @DisplayName("hasCachedRelation reports the cache; clearRelationCache(name) forgets one relation")
    void clearOne() {
        User u = alice();
        assertThat(u.hasCachedRelation("posts")).isFalse();
        u.posts();
        u.profile();
        assertThat(u.hasCachedRelation("posts")).isTrue();
        u.clearRelationCache("posts");
        assertThat(u.hasCachedRelation("posts")).isFalse();
        assertThat(u.hasCachedRelation("profile")).isTrue();
        queries.reset();
        u.posts();
        assertThat(queries.count()).isEqualTo(1);
    }

    @Test
    @DisplayName("clearRelationCache() forgets every relation")
    void clearAll() {
        User u = alice();
        u.posts();
        u.profile();
        u.clearRelationCache();
        assertThat(u.hasCachedRelation("posts")).isFalse();
        assertThat(u.hasCachedRelation("profile")).isFalse();
    }

    @Test
    @DisplayName("save() of the owner clears its caches")
    void saveClears() {
        User u = alice();
        u.posts();
        u.email = "new@example.com";
        u.save();
        assertThat(u.hasCachedRelation("posts")).isFalse();
    }

    @Test
    @DisplayName("reload() of the owner clears its caches and the next access sees new children")
    void reloadClears() {
        User u = alice();
        assertThat(u.posts()).hasSize(2);
        new Post(ActiveRecord.findOrFail(User.class, u.id), "three").save();
        assertThat(u.posts()).as("still cached").hasSize(2);
        u.reload();
        assertThat(u.posts()).hasSize(3);
    }

    @Test
    @DisplayName("two instances of one row have separate caches")
    void noLeakBetweenInstances() {
        User a = alice();
        User b = ActiveRecord.findOrFail(User.class, a.id);
        a.posts();
        assertThat(b.hasCachedRelation("posts")).isFalse();
        queries.reset();
        b.posts();
        assertThat(queries.count()).isEqualTo(1);
    }

    @Test
    @DisplayName("an unknown relation name in the cache API is a QueryException listing relations")
    void unknownRelationName() {
        User u = alice();
        assertThatThrownBy(() -> u.hasCachedRelation("postz")).isInstanceOf(QueryException.class)
                .hasMessageContaining("Unknown relation 'postz' on model User").hasMessageContaining("posts");
    }

    private Blogger blogger(String name, int entries) {
        Blogger b = new Blogger(name).save();
        for (int i = 0; i < entries; i++) {
            new Entry(b, name + i).save();
        }
        return ActiveRecord.findOrFail(Blogger.class, b.id);
    }

    @Test
    @DisplayName("a ttl expires cached values by the database clock, without sleeping")
    void ttlExpiry() {
        Blogger b = blogger("t", 2);
        queries.reset();
        Blogger.TTL_ENTRIES.get(b);
        clock.advance(Duration.ofMinutes(4));
        Blogger.TTL_ENTRIES.get(b);
        assertThat(queries.count()).isEqualTo(1);
        clock.advance(Duration.ofMinutes(2));
        assertThat(b.hasCachedRelation("ttlEntries")).isFalse();
        Blogger.TTL_ENTRIES.get(b);
        assertThat(queries.count()).isEqualTo(2);
    }

    @Test
    @DisplayName("a max size bounds how many owners keep a cached value")
    void maxSize() {
        blogger("a", 1);
        blogger("b", 1);
        blogger("c", 1);
        List<Blogger> all = ActiveRecord.query(Blogger.class).loadMode(LoadMode.ONE).all();
        for (Blogger b : all) {
            Blogger.SMALL_ENTRIES.get(b);
        }
        long cached = all.stream().filter(b -> b.hasCachedRelation("smallEntries")).count();
        assertThat(cached).isLessThanOrEqualTo(2).isGreaterThanOrEqualTo(1);
    }

    @Test
    @DisplayName("caching off queries on every access, and with() on it is refused")
    void cacheOff() {
        Blogger b = blogger("o", 2);
        queries.reset();
        assertThat(Blogger.UNCACHED_ENTRIES.get(b)).hasSize(2);
        assertThat(Blogger.UNCACHED_ENTRIES.get(b)).hasSize(2);
        assertThat(queries.count()).isEqualTo(2);
        assertThat(b.hasCachedRelation("uncachedEntries")).isFalse();
        assertThatThrownBy(() -> ActiveRecord.query(Blogger.class).with("uncachedEntries").all())
                .isInstanceOf(QueryException.class).hasMessageContaining("caching off");
    }

    @Test
    @DisplayName("a relation with its own RelationCache stores its values there")
    void customCache() {
        RecordingCache.INSTANCE.clear();
        Blogger b = blogger("c", 2);
        queries.reset();
        Blogger.CUSTOM_ENTRIES.get(b);
        Blogger.CUSTOM_ENTRIES.get(b);
        assertThat(queries.count()).isEqualTo(1);
        assertThat(RecordingCache.INSTANCE.puts.get()).isEqualTo(1);
        assertThat(b.hasCachedRelation("customEntries")).isTrue();
        b.clearRelationCache("customEntries");
        assertThat(b.hasCachedRelation("customEntries")).isFalse();
    }

    @Test
    @DisplayName("a size-bounded relation cache keeps no owner reachable: a dropped owner is garbage-collected")
    void boundedCacheLetsOwnersGo() throws InterruptedException {
        Blogger saved = new Blogger("gc").save();
        new Entry(saved, "e1").save();
        WeakReference<Blogger> ref = cacheAndForget(saved.id);
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (ref.get() != null && System.nanoTime() < deadline) {
            System.gc();
            Thread.sleep(20);
        }
        assertThat(ref.get()).as("the owner was collected although its maxSize relation was cached").isNull();
    }

    private WeakReference<Blogger> cacheAndForget(Long id) {
        Blogger b = ActiveRecord.findOrFail(Blogger.class, id);
        assertThat(Blogger.SMALL_ENTRIES.get(b)).hasSize(1);
        assertThat(b.hasCachedRelation("smallEntries")).isTrue();
        return new WeakReference<>(b);
    }
}
