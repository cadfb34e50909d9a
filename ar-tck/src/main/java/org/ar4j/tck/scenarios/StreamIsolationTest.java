package org.ar4j.tck.scenarios;

import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.stream.Stream;

import org.ar4j.BackendException;
import org.ar4j.UnsupportedCapabilityException;
import org.ar4j.Capability;
import org.ar4j.tck.CapabilityGate;
import org.ar4j.tck.TckScenario;
import org.ar4j.tck.fixtures.User;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Streams never share a connection with writes (docs/transactions.md, rule 5): writes made while a
 * stream is open commit as they would without it, checked through a second database before the
 * stream closes; a stream that is never closed cannot hold writes back and is closed when collected.
 */
@Tag("failures")
class StreamIsolationTest extends TckScenario {

    private void seed(int n) {
        for (int i = 0; i < n; i++) {
            new User("s" + i).save();
        }
    }

    private long storedCount() {
        return observer().query(User.class).count();
    }

    @Test
    @DisplayName("writes from the thread that holds an open stream commit at once, and a caught failure loses none of them")
    void writesWhileAStreamIsOpen() {
        seed(5);
        try (Stream<User> s = User.query().orderBy("username").stream()) {
            Iterator<User> it = s.iterator();
            assertThat(it.next().username).isEqualTo("s0");
            new User("during").save();
            assertThat(storedCount()).as("visible to another connection while the stream is open").isEqualTo(6);
            assertThatThrownBy(() -> new User("during").save()).isInstanceOf(BackendException.class);
            User.query().where("username", "s4").updateAll(Map.of("email", "changed@example.com"));
            assertThat(storedCount()).as("the caught failure discarded nothing").isEqualTo(6);
            assertThat(observer().query(User.class).where("username", "s4").one().email).isEqualTo("changed@example.com");
            int rest = 0;
            while (it.hasNext()) {
                it.next();
                rest++;
            }
            assertThat(rest).isBetween(4, 5);
        }
        assertThat(storedCount()).isEqualTo(6);
    }

    @TestFactory
    Stream<DynamicTest> transactionWhileAStreamIsOpen() {
        return CapabilityGate.scenario(db, Capability.TRANSACTIONS,
                "a transaction run while a stream is open commits before the stream closes", () -> {
                    seed(3);
                    try (Stream<User> s = User.query().stream()) {
                        Iterator<User> it = s.iterator();
                        it.next();
                        db.transaction(() -> new User("in-tx").save());
                        assertThat(storedCount()).isEqualTo(4);
                    }
                }, () -> assertThatThrownBy(() -> db.transaction(() -> new User("x").save()))
                        .isInstanceOf(UnsupportedCapabilityException.class));
    }

    @TestFactory
    Stream<DynamicTest> streamInsideATransactionSeesItsWrites() {
        return CapabilityGate.scenario(db, Capability.TRANSACTIONS,
                "a stream opened inside a transaction reads the transaction's own writes", () -> {
                    seed(2);
                    db.transaction(() -> {
                        new User("mine").save();
                        try (Stream<User> s = User.query().orderBy("username").stream()) {
                            assertThat(s.map(u -> u.username).toList()).containsExactly("mine", "s0", "s1");
                        }
                        assertThat(storedCount()).as("not yet committed").isEqualTo(2);
                    });
                    assertThat(storedCount()).isEqualTo(3);
                }, () -> assertThatThrownBy(() -> db.transaction(() -> new User("x").save()))
                        .isInstanceOf(UnsupportedCapabilityException.class));
    }

    @TestFactory
    Stream<DynamicTest> streamReadAfterItsTransaction() {
        return CapabilityGate.scenario(db, Capability.TRANSACTIONS,
                "a stream read after the transaction it was opened in ended fails saying the rule; closing it is quiet",
                () -> {
                    seed(3);
                    java.util.Iterator<User> escaped = db.inTransaction(() -> {
                        Stream<User> s = User.query().orderBy("username").stream();
                        java.util.Iterator<User> it = s.iterator();
                        assertThat(it.next().username).isEqualTo("s0");
                        return it;
                    });
                    assertThatThrownBy(escaped::hasNext).isInstanceOf(org.ar4j.QueryException.class)
                            .hasMessageContaining("after the transaction it was opened in ended")
                            .hasMessageContaining("inside the transaction's work");
                    assertThat(storedCount()).isEqualTo(3);
                    try (Stream<User> closedLate = db.inTransaction(() -> User.query().stream())) {
                        assertThat(closedLate).isNotNull();
                    }
                }, () -> assertThatThrownBy(() -> db.transaction(() -> new User("x").save()))
                        .isInstanceOf(UnsupportedCapabilityException.class));
    }

    /** Opens a stream, reads one record and drops the stream without closing it. */
    private String readOneAndLeak() {
        Stream<User> s = User.query().orderBy("username").stream();
        return s.iterator().next().username;
    }

    @Test
    @DisplayName("a stream that is never closed holds no write back and is closed when it is garbage-collected")
    void leakedStream() throws InterruptedException {
        seed(3);
        assertThat(readOneAndLeak()).isEqualTo("s0");
        new User("after-leak").save();
        assertThat(storedCount()).as("the write after the leak is committed").isEqualTo(4);
        queries.reset();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (queries.events().stream().noneMatch(e -> e.isRead() && e.outcome().rows() == 1) && System.nanoTime() < deadline) {
            System.gc();
            Thread.sleep(20);
        }
        assertThat(queries.events()).as("the collected stream was closed, reporting the one row it read")
                .anyMatch(e -> e.isRead() && e.outcome().rows() == 1);
        if (db.supports(Capability.TRANSACTIONS)) {
            db.transaction(() -> new User("tx-after-leak").save());
            assertThat(storedCount()).isEqualTo(5);
        }
    }

    /** Streams the users by id, inserting one more user per row read (at most 200); returns how many it read. */
    private int streamWhileInserting() {
        int read = 0;
        try (Stream<User> s = User.query().orderBy("id").stream()) {
            Iterator<User> it = s.iterator();
            while (it.hasNext() && read < 200) {
                it.next();
                new User("added" + read).save();
                read++;
            }
        }
        return read;
    }

    @Test
    @DisplayName("a stream sees the rows as of its start: a loop inserting into the streamed table reads only the rows"
            + " that existed, outside a transaction")
    void streamSeesRowsAsOfItsStart() {
        seed(20);
        assertThat(streamWhileInserting()).as("rows read by a stream whose loop inserts one per row").isEqualTo(20);
        assertThat(storedCount()).isEqualTo(40);
    }

    @TestFactory
    Stream<DynamicTest> streamInATransactionSeesRowsAsOfItsStart() {
        return CapabilityGate.scenario(db, Capability.TRANSACTIONS,
                "inside a transaction, a stream sees the rows as of its start, not the rows its own loop inserts",
                () -> {
                    seed(20);
                    int read = db.inTransaction(this::streamWhileInserting);
                    assertThat(read).as("rows read by a stream whose loop inserts one per row").isEqualTo(20);
                    assertThat(storedCount()).isEqualTo(40);
                },
                () -> assertThatThrownBy(() -> db.transaction(() -> new User("x").save()))
                        .isInstanceOf(UnsupportedCapabilityException.class).hasMessageContaining("TRANSACTIONS"));
    }
}
