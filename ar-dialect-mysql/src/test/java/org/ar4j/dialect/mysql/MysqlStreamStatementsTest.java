package org.ar4j.dialect.mysql;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.ar4j.ActiveRecord;
import org.ar4j.Database;
import org.ar4j.Id;
import org.ar4j.Table;
import org.ar4j.tck.reliability.ServerUnderTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A stream read inside a transaction keeps its server-side statement until the transaction ends (closing it in the
 * middle sends COM_STMT_CLOSE, which could swallow Galera's report of an aborted transaction), at most 64 per
 * transaction; other statements are prepared on the client. Counted with the server's {@code Prepared_stmt_count}.
 */
class MysqlStreamStatementsTest {
    @Table("stream_statement_rows")
    public static class Row extends ActiveRecord<Row> {
        @Id public Long id;
        public int n;
    }

    private static long prepared(String url) {
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SHOW GLOBAL STATUS LIKE 'Prepared_stmt_count'")) {
            rs.next();
            return rs.getLong(2);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long drain(Database db) {
        try (Stream<Row> s = db.query(Row.class).stream()) {
            return s.count();
        }
    }

    @Test
    void streamStatementsOfATransactionCloseWhenItEnds() throws Exception {
        String url = ServerUnderTest.url("AR_TEST_MYSQL_URL");
        try (Database db = Database.builder().url(url).build()) {
            db.schema().dropIfExists(Row.class);
            db.schema().create(Row.class);
            List<Row> rows = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                Row r = new Row();
                r.n = i;
                rows.add(r);
            }
            db.insertAll(rows);
            long base = prepared(url);
            long[] during = new long[2];
            db.transaction(() -> {
                for (int i = 0; i < 10; i++) {
                    assertThat(drain(db)).isEqualTo(20);
                }
                db.query(Row.class).where(org.ar4j.query.Where.lt("n", 5)).all(); // prepared on the client
                during[0] = prepared(url) - base;
                for (int i = 0; i < 100; i++) {
                    drain(db);
                }
                during[1] = prepared(url) - base;
            });
            assertThat(during[0]).as("10 closed streams keep their statements until the transaction ends").isEqualTo(10);
            assertThat(during[1]).as("at most 64 kept per transaction").isEqualTo(64);
            assertThat(prepared(url) - base).as("all closed when it ends").isZero();
            drain(db);
            assertThat(prepared(url) - base).as("outside a transaction a stream closes its statement").isZero();
        }
    }
}
