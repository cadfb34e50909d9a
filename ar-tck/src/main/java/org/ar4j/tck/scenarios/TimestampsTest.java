package org.ar4j.tck.scenarios;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.ar4j.ConstraintViolationException;
import org.ar4j.tck.TckScenario;
import org.ar4j.tck.fixtures.Draft;
import org.ar4j.tck.fixtures.Memo;
import org.ar4j.tck.fixtures.Memo_;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** @CreatedAt and @UpdatedAt, set from the database's clock (the TCK's, advanced by hand). */
@Tag("timestamps")
class TimestampsTest extends TckScenario {

    private static OffsetDateTime utc(Instant i) {
        return OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
    }

    @Test
    @DisplayName("insert sets both from the clock; an update with changes moves updatedAt only; one without writes nothing")
    void insertAndUpdate() {
        Instant t0 = clock.instant();
        Memo m = new Memo("a", "first").save();
        assertThat(m.createdAt).isEqualTo(t0);
        assertThat(m.updatedAt).isEqualTo(utc(t0));
        Memo stored = observer().query(Memo.class).whereId(m.id).one();
        assertThat(stored.createdAt).isEqualTo(t0);
        assertThat(stored.updatedAt.toInstant()).isEqualTo(t0);

        clock.advance(Duration.ofMinutes(5));
        queries.reset();
        m.save();
        assertThat(queries.count()).as("a save without changes writes nothing").isZero();
        assertThat(m.updatedAt).isEqualTo(utc(t0));

        m.body = "second";
        m.save();
        Instant t1 = t0.plus(Duration.ofMinutes(5));
        assertThat(m.updatedAt).isEqualTo(utc(t1));
        stored = observer().query(Memo.class).whereId(m.id).one();
        assertThat(stored.createdAt).isEqualTo(t0);
        assertThat(stored.updatedAt.toInstant()).isEqualTo(t1);
    }

    @Test
    @DisplayName("a value set by the application on insert is kept; LocalDateTime fields use the clock's zone")
    void givenValuesAndLocalDateTime() {
        Instant given = Instant.parse("2001-02-03T04:05:06Z");
        Memo m = new Memo("b", "x");
        m.createdAt = given;
        m.save();
        assertThat(observer().query(Memo.class).whereId(m.id).one().createdAt).isEqualTo(given);
        Draft d = new Draft("d").save();
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), clock.getZone());
        assertThat(d.createdOn).isEqualTo(now);
        assertThat(observer().query(Draft.class).whereId(d.id).one().changedOn).isEqualTo(now);
    }

    @Test
    @DisplayName("a failed insert and a rolled-back update put the timestamps back in memory, and nothing is stored")
    void failuresRestore() {
        new Memo("dup", "one").save();
        clock.advance(Duration.ofSeconds(1));
        Memo clash = new Memo("dup", "two");
        assertThatThrownBy(clash::save).isInstanceOf(ConstraintViolationException.class);
        assertThat(clash.createdAt).isNull();
        assertThat(clash.updatedAt).isNull();
        assertThat(clash.isNewRecord()).isTrue();

        Memo m = new Memo("c", "before").save();
        OffsetDateTime before = m.updatedAt;
        clock.advance(Duration.ofSeconds(1));
        if (db.supports(org.ar4j.Capability.TRANSACTIONS)) {
            assertThatThrownBy(() -> db.transaction(() -> {
                m.body = "after";
                m.save();
                assertThat(m.updatedAt).isNotEqualTo(before);
                throw new IllegalStateException("roll back");
            })).isInstanceOf(IllegalStateException.class);
            assertThat(m.updatedAt).isEqualTo(before);
            assertThat(m.body).isEqualTo("after");
            assertThat(observer().query(Memo.class).whereId(m.id).one().updatedAt).isEqualTo(before);
        }
    }

    @Test
    @DisplayName("updateAll sets updatedAt unless given; upsertAll keeps the stored createdAt of a row it writes over")
    void bulkWrites() {
        Instant t0 = clock.instant();
        Memo a = new Memo("u1", "a").save();
        new Memo("u2", "b").save();
        clock.advance(Duration.ofMinutes(1));
        Instant t1 = clock.instant();
        assertThat(Memo.query().where(Memo_.code.eq("u1")).updateAll(Memo_.body.set("a2"))).isEqualTo(1);
        assertThat(observer().query(Memo.class).whereId(a.id).one().updatedAt.toInstant()).isEqualTo(t1);
        OffsetDateTime pinned = utc(Instant.parse("2020-01-01T00:00:00Z"));
        Memo.query().where(Memo_.code.eq("u2")).updateAll(Map.of("body", "b2", "updatedAt", pinned));
        assertThat(observer().query(Memo.class).where(Memo_.code.eq("u2")).one().updatedAt).isEqualTo(pinned);

        clock.advance(Duration.ofMinutes(1));
        Instant t2 = clock.instant();
        Memo over = new Memo("u1", "a3");
        Memo fresh = new Memo("u3", "c");
        db.upsertAll(List.of(over, fresh), "code");
        assertThat(over.id).isEqualTo(a.id);
        assertThat(over.createdAt).as("kept from the stored row").isEqualTo(t0);
        assertThat(fresh.createdAt).isEqualTo(t2);
        Memo storedOver = observer().query(Memo.class).whereId(a.id).one();
        assertThat(storedOver.createdAt).isEqualTo(t0);
        assertThat(storedOver.updatedAt.toInstant()).isEqualTo(t2);
        assertThat(storedOver.body).isEqualTo("a3");
        db.insertAll(List.of(new Memo("u4", "d")));
        assertThat(observer().query(Memo.class).where(Memo_.code.eq("u4")).one().createdAt).isEqualTo(t2);
    }

    @Test
    @DisplayName("@CreatedAt is never changed: updateAll and save refuse a new value and write nothing")
    void createdAtNeverChanges() {
        Instant t0 = clock.instant();
        Memo m = new Memo("k1", "a").save();
        clock.advance(Duration.ofMinutes(1));
        assertThatThrownBy(() -> Memo.query().where(Memo_.code.eq("k1")).updateAll(Map.of("createdAt", clock.instant())))
                .isInstanceOf(org.ar4j.QueryException.class).hasMessageContaining("Memo.createdAt")
                .hasMessageContaining("@CreatedAt");
        m.createdAt = clock.instant();
        m.body = "b";
        assertThatThrownBy(m::save).isInstanceOf(org.ar4j.ValidationException.class).hasMessageContaining("createdAt");
        Memo stored = observer().query(Memo.class).whereId(m.id).one();
        assertThat(stored.createdAt).isEqualTo(t0);
        assertThat(stored.body).isEqualTo("a");
        m.createdAt = t0;
        m.save();
        assertThat(observer().query(Memo.class).whereId(m.id).one().body).isEqualTo("b");
    }
}
