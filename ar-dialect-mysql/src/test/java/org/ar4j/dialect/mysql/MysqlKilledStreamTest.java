package org.ar4j.dialect.mysql;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import org.ar4j.Ar4jException;
import org.ar4j.Database;
import org.ar4j.tck.fixtures.Tag;
import org.ar4j.tck.reliability.ServerUnderTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * A stream whose server session is killed (KILL CONNECTION, as an operator or a failover does): reading on fails with
 * an ar4j exception, and closing the stream afterwards is quiet (it threw from close() before), so try-with-resources
 * reports the read failure, not the close.
 */
class MysqlKilledStreamTest {

    @Test
    void closingAStreamWhoseSessionWasKilledIsQuiet() throws Exception {
        String url = ServerUnderTest.url("AR_TEST_MYSQL_URL");
        try (Database db = Database.builder().url(url).property("pool.maxSize", "2").build()) {
            db.schema().dropIfExists(Tag.class);
            db.schema().create(Tag.class);
            List<Tag> tags = new ArrayList<>();
            for (int i = 0; i < 5_000; i++) {
                tags.add(new Tag("t" + i));
            }
            db.insertAll(tags);
            // killed, then closed without reading on (the stream's own read transaction ends on a dead session)
            Stream<Tag> s = db.query(Tag.class).orderBy("id").stream();
            Iterator<Tag> it = s.iterator();
            assertThat(it.next().name).isEqualTo("t0");
            killOtherSessions(url);
            assertThatCode(s::close).doesNotThrowAnyException();
            // killed, then read on: an ar4j exception, and the close after it is quiet too
            Thread.sleep(600); // past HikariCP's window, so the pool checks its idle connections before lending them
            Stream<Tag> t = db.query(Tag.class).orderBy("id").stream();
            Iterator<Tag> reading = t.iterator();
            assertThat(reading.next().name).isEqualTo("t0");
            killOtherSessions(url);
            assertThatThrownBy(() -> {
                while (reading.hasNext()) {
                    reading.next();
                }
            }).isInstanceOf(Ar4jException.class);
            assertThatCode(t::close).doesNotThrowAnyException();
            // inside a transaction: the close is quiet, and the transaction reports its lost connection
            Thread.sleep(600);
            assertThatThrownBy(() -> db.transaction(() -> {
                Stream<Tag> inTx = db.query(Tag.class).orderBy("id").stream();
                assertThat(inTx.iterator().next().name).isEqualTo("t0");
                killOtherSessions(url);
                assertThatCode(inTx::close).doesNotThrowAnyException();
            })).isInstanceOf(Ar4jException.class);
            Thread.sleep(600);
            assertThat(db.query(Tag.class).count()).as("the pool serves again").isEqualTo(5_000);
            db.schema().drop(Tag.class);
        }
    }

    /** Kills every other session on this test's database: the stream's, and the pool's idle ones. */
    private static void killOtherSessions(String url) {
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            List<Long> ids = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT ID FROM information_schema.PROCESSLIST WHERE ID <> CONNECTION_ID()"
                    + " AND DB = DATABASE() AND COMMAND <> 'Daemon'")) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            for (long id : ids) {
                st.execute("KILL CONNECTION " + id);
            }
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }
}
