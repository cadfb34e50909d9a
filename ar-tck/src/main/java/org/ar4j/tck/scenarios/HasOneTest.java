package org.ar4j.tck.scenarios;

import org.ar4j.ActiveRecord;
import org.ar4j.tck.TckScenario;
import org.ar4j.tck.fixtures.Profile;
import org.ar4j.tck.fixtures.User;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** HasOne: one target holds the owner's key. */
@Tag("relations")
class HasOneTest extends TckScenario {

    @Test
    @DisplayName("get loads the one target with one query")
    void get() {
        User u = new User("ann").save();
        new Profile(u, "hello").save();
        User loaded = ActiveRecord.findOrFail(User.class, u.id);
        queries.reset();
        assertThat(loaded.profile().bio).isEqualTo("hello");
        assertThat(loaded.profile()).isSameAs(loaded.profile());
        assertThat(queries.count()).isEqualTo(1);
    }

    @Test
    @DisplayName("no match gives null, cached: the second access issues no query")
    void none() {
        User u = ActiveRecord.findOrFail(User.class, new User("bo").save().id);
        queries.reset();
        assertThat(u.profile()).isNull();
        assertThat(u.profile()).isNull();
        assertThat(queries.count()).isEqualTo(1);
        assertThat(u.hasCachedRelation("profile")).isTrue();
    }

    @Test
    @DisplayName("two candidates give the first by id, deterministically, lazily and eagerly")
    void twoCandidates() {
        User u = new User("cy").save();
        Profile first = new Profile(u, "first").save();
        new Profile(u, "second").save();
        assertThat(ActiveRecord.findOrFail(User.class, u.id).profile().id).isEqualTo(first.id);
        assertThat(User.query().with("profile").one().profile().id).isEqualTo(first.id);
        new User("other").save();
        assertThat(User.query().orderBy("id").all().get(0).profile().id).isEqualTo(first.id);
    }

    @Test
    @DisplayName("the inverse BelongsTo is the owner instance, with no query")
    void inverse() {
        User u = new User("di").save();
        new Profile(u, "x").save();
        User loaded = ActiveRecord.findOrFail(User.class, u.id);
        Profile p = loaded.profile();
        queries.reset();
        assertThat(p.user()).isSameAs(loaded);
        assertThat(queries.count()).isZero();
    }

    @Test
    @DisplayName("loading the BelongsTo side sets the HasOne side (inverse), with no query")
    void inverseFromChild() {
        User u = new User("ed").save();
        Profile p = new Profile(u, "x").save();
        Profile loaded = ActiveRecord.findOrFail(Profile.class, p.id);
        User owner = loaded.user();
        queries.reset();
        assertThat(owner.profile()).isSameAs(loaded);
        assertThat(queries.count()).isZero();
    }

    @Test
    @DisplayName("an unsaved owner has no target, without a query")
    void unsavedOwner() {
        User u = new User("fresh");
        queries.reset();
        assertThat(u.profile()).isNull();
        assertThat(queries.count()).isZero();
    }
}
