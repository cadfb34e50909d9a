package org.ar4j.tck.scenarios;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.ar4j.Ar4jException;
import org.ar4j.Capability;
import org.ar4j.QueryException;
import org.ar4j.StaleRecordException;
import org.ar4j.UnsupportedCapabilityException;
import org.ar4j.query.Order;
import org.ar4j.query.Where;
import org.ar4j.tck.CapabilityGate;
import org.ar4j.tck.TckScenario;
import org.ar4j.tck.fixtures.Doc;
import org.ar4j.tck.fixtures.Folder;
import org.ar4j.tck.fixtures.Pin;
import org.ar4j.tck.fixtures.Topic;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Soft delete: {@code delete()} marks, reads leave marked rows out, {@code withDeleted()}/{@code onlyDeleted()},
 * {@code restore()}, {@code forceDelete()}, bulk writes and cascades, checked against an oracle of each row's state
 * through a second database, after failures and rollbacks too.
 */
@Tag("scopes")
class SoftDeleteTest extends TckScenario {
    private enum State { LIVE, MARKED, GONE }

    private final Random rnd = new Random(20261207_12L);
    /** Oracle: folder id to its state. */
    private final Map<Long, State> state = new TreeMap<>();

    private List<Long> stored(State s) {
        return state.entrySet().stream().filter(e -> e.getValue() == s).map(Map.Entry::getKey).toList();
    }

    private static List<Long> ids(List<Folder> folders) {
        return folders.stream().map(f -> f.id).sorted().toList();
    }

    private void assertStored() {
        assertThat(ids(observer().query(Folder.class).all())).as("live").isEqualTo(stored(State.LIVE));
        assertThat(ids(observer().query(Folder.class).onlyDeleted().all())).as("marked").isEqualTo(stored(State.MARKED));
        List<Long> kept = new ArrayList<>(stored(State.LIVE));
        kept.addAll(stored(State.MARKED));
        assertThat(ids(observer().query(Folder.class).withDeleted().all())).as("kept")
                .isEqualTo(kept.stream().sorted().toList());
    }

    private List<Folder> seed(int n) {
        List<Folder> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Folder f = new Folder("folder-" + i).save();
            state.put(f.id, State.LIVE);
            out.add(f);
        }
        return out;
    }

    @Test
    @DisplayName("delete() marks the row and keeps it; reads leave it out; withDeleted and onlyDeleted bring it back")
    void deleteMarks() {
        List<Folder> folders = seed(3);
        Folder f = folders.get(1);
        f.delete();
        state.put(f.id, State.MARKED);
        assertThat(f.deletedAt).isNotNull();
        assertThat(f.isNewRecord()).as("its row is kept").isFalse();
        assertThat(f.version).isEqualTo(2L);
        assertThat(db.find(Folder.class, f.id)).isEmpty();
        assertThat(Folder.query().withDeleted().whereId(f.id).one().deletedAt).isEqualTo(f.deletedAt);
        assertThat(Folder.query().count()).isEqualTo(2);
        assertStored();
        assertThatThrownBy(f::delete).isInstanceOf(Ar4jException.class).hasMessageContaining("already marked deleted")
                .hasMessageContaining("forceDelete()");
        assertStored();
    }

    @Test
    @DisplayName("restore() clears the mark; forceDelete() removes the row, marked or not")
    void restoreAndForceDelete() {
        List<Folder> folders = seed(4);
        Folder f = folders.get(0);
        assertThatThrownBy(f::restore).isInstanceOf(Ar4jException.class).hasMessageContaining("not marked deleted");
        f.delete();
        f.restore();
        assertThat(f.deletedAt).isNull();
        assertThat(f.version).isEqualTo(3L);
        assertThat(db.find(Folder.class, f.id)).isPresent();
        assertStored();
        folders.get(1).delete();
        folders.get(1).forceDelete();
        state.put(folders.get(1).id, State.GONE);
        folders.get(2).forceDelete();
        state.put(folders.get(2).id, State.GONE);
        assertThat(folders.get(2).isNewRecord()).isTrue();
        assertStored();
        Topic t = new Topic();
        assertThatThrownBy(t::restore).isInstanceOf(QueryException.class).hasMessageContaining("@SoftDelete");
    }

    @Test
    @DisplayName("seeded random deletes, restores, force deletes and bulk writes match the oracle after every step")
    void seededOperations() {
        List<Folder> folders = seed(24);
        for (int step = 0; step < 60; step++) {
            Folder f = folders.get(rnd.nextInt(folders.size()));
            State s = state.get(f.id);
            switch (rnd.nextInt(5)) {
                case 0 -> {
                    if (s == State.LIVE) {
                        f.delete();
                        state.put(f.id, State.MARKED);
                    }
                }
                case 1 -> {
                    if (s == State.MARKED) {
                        f.restore();
                        state.put(f.id, State.LIVE);
                    }
                }
                case 2 -> {
                    if (s != State.GONE) {
                        f.forceDelete();
                        state.put(f.id, State.GONE);
                    }
                }
                case 3 -> {
                    long below = f.id;
                    long marked = Folder.query().where(Where.lt("id", below)).deleteAll();
                    List<Long> live = stored(State.LIVE).stream().filter(id -> id < below).toList();
                    assertThat(marked).isEqualTo(live.size());
                    live.forEach(id -> state.put(id, State.MARKED));
                    folders.replaceAll(x -> state.get(x.id) == State.GONE ? x : x.reload());
                }
                default -> {
                    long above = f.id;
                    long removed = Folder.query().onlyDeleted().where(Where.gt("id", above)).forceDeleteAll();
                    List<Long> marked = stored(State.MARKED).stream().filter(id -> id > above).toList();
                    assertThat(removed).isEqualTo(marked.size());
                    marked.forEach(id -> state.put(id, State.GONE));
                }
            }
            assertThat(ids(Folder.query().all())).isEqualTo(stored(State.LIVE));
        }
        assertStored();
    }

    @Test
    @DisplayName("deleteAll keeps the time of rows already marked; forceDeleteAll removes every matching row")
    void bulkKeepsFirstMark() {
        List<Folder> folders = seed(5);
        folders.get(0).delete();
        Instant first = folders.get(0).deletedAt;
        assertThat(Folder.query().deleteAll()).isEqualTo(4);
        assertThat(Folder.query().withDeleted().whereId(folders.get(0).id).one().deletedAt).isEqualTo(first);
        assertThat(Folder.query().count()).isZero();
        assertThat(Folder.query().withDeleted().forceDeleteAll()).isEqualTo(5);
        assertThat(observer().query(Folder.class).unscoped().count()).isZero();
    }

    @Test
    @DisplayName("a soft delete marks live docs (DELETE_ALL) and keeps pins; a force delete removes docs, marked too, and pins")
    void cascades() {
        Folder a = seed(1).get(0);
        Doc marked = new Doc(a, "a-0", "old").save();
        marked.delete();
        new Doc(a, "a-1", "one").save();
        new Doc(a, "a-2", "two").save();
        new Pin(a, "pin").save();
        a.delete();
        assertThat(observer().query(Doc.class).count()).isZero();
        assertThat(observer().query(Doc.class).withDeleted().count()).isEqualTo(3);
        assertThat(observer().query(Pin.class).count()).as("pins cannot be marked: kept").isEqualTo(1);
        a.forceDelete();
        assertThat(observer().query(Doc.class).withDeleted().count()).isZero();
        assertThat(observer().query(Pin.class).count()).isZero();
        assertThat(observer().query(Folder.class).withDeleted().count()).isZero();
    }

    @Test
    @DisplayName("relations leave marked rows out: get, with, has, a marked BelongsTo target; with(.., withDeleted) reads them")
    void relations() {
        List<Folder> folders = seed(2);
        Folder a = folders.get(0);
        Doc kept = new Doc(a, "k", "kept").save();
        Doc gone = new Doc(a, "g", "gone").save();
        gone.delete();
        assertThat(gone.deleted).isTrue();
        assertThat(a.docs()).extracting(d -> d.code).containsExactly("k");
        List<Folder> eager = Folder.query().orderBy(Order.asc("id")).with("docs").all();
        assertThat(eager.get(0).docs()).extracting(d -> d.code).containsExactly("k");
        List<Folder> all = Folder.query().orderBy(Order.asc("id")).with("docs", q -> q.withDeleted()).all();
        assertThat(all.get(0).docs()).extracting(d -> d.code).containsExactlyInAnyOrder("k", "g");
        assertThat(Folder.query().where(Where.has("docs")).pluck("id", Long.class)).containsExactly(a.id);
        assertThat(Folder.DOCS.query(a).onlyDeleted().all()).extracting(d -> d.code).containsExactly("g");
        folders.get(1).delete();
        Doc orphan = new Doc(folders.get(1), "o", "orphan").save();
        assertThat(orphan.folder()).as("a marked target is not found").isNull();
        assertThat(kept.folder().id).isEqualTo(a.id);
    }

    @Test
    @DisplayName("upsertAll over a marked row writes its null mark: the row is restored")
    void upsertRestores() {
        Folder a = seed(1).get(0);
        Doc d = new Doc(a, "u", "first").save();
        d.delete();
        Doc again = new Doc(a, "u", "second");
        db.upsertAll(List.of(again), "code");
        Doc read = observer().query(Doc.class).where("code", "u").one();
        assertThat(read.title).isEqualTo("second");
        assertThat(read.deleted).isFalse();
    }

    @Test
    @DisplayName("a stale copy cannot mark; nothing is written and the copy keeps no mark")
    void staleCopy() {
        Folder mine = seed(1).get(0);
        Folder theirs = observer().find(Folder.class, mine.id).orElseThrow();
        theirs.name = "theirs";
        observer().bind(theirs::save);
        assertThatThrownBy(mine::delete).isInstanceOf(StaleRecordException.class);
        assertThat(mine.deletedAt).isNull();
        assertThat(mine.version).isEqualTo(1L);
        assertStored();
    }

    @TestFactory
    Stream<DynamicTest> rollbackUnmarks() {
        return CapabilityGate.scenario(db, Capability.TRANSACTIONS,
                "a delete rolled back leaves the row live and the record unmarked; a retry marks it", () -> {
                    Folder f = seed(2).get(0);
                    new Doc(f, "r", "doc").save();
                    assertThatThrownBy(() -> db.transaction(() -> {
                        f.delete();
                        throw new IllegalStateException("boom");
                    })).hasMessageContaining("boom");
                    assertThat(f.deletedAt).isNull();
                    assertThat(f.version).isEqualTo(1L);
                    assertThat(observer().query(Doc.class).count()).isEqualTo(1);
                    assertStored();
                    f.delete();
                    state.put(f.id, State.MARKED);
                    assertStored();
                    assertThat(observer().query(Doc.class).count()).isZero();
                },
                () -> assertThatThrownBy(() -> db.transaction(() -> { })).isInstanceOf(UnsupportedCapabilityException.class));
    }
}
