package org.ar4j.dialect.mysql;

import org.ar4j.Database;
import org.ar4j.QueryException;
import org.ar4j.tck.fixtures.drift.PlainName;
import org.ar4j.tck.reliability.ServerUnderTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Native SQL read as Connector/J reads it: a ? after # or inside a backslash-escaped string is no placeholder. */
class MysqlNativeSqlTest {

    @Test
    void hashCommentsAndBackslashEscapes() {
        try (Database db = Database.connect(ServerUnderTest.url("AR_TEST_MYSQL_URL"))) {
            db.schema().dropIfExists(PlainName.class);
            db.schema().create(PlainName.class);
            db.transaction(() -> {
                new PlainName("a?").save();
                new PlainName("b").save();
            });
            assertThat(db.query(PlainName.class).whereRaw("username <> 'a?' # ? in a comment\n AND id > ?", 0L).count())
                    .isEqualTo(1);
            assertThat(db.query(PlainName.class).whereRaw("username <> 'it\\'s ?' AND username = ?", "b").count()).isEqualTo(1);
            assertThat(db.sql(PlainName.class, "SELECT * FROM native_names WHERE username = 'a?' -- ?\n AND id > ?", 0L)).hasSize(1);
            assertThatThrownBy(() -> db.sql(PlainName.class, "SELECT * FROM native_names; DELETE FROM native_names"))
                    .isInstanceOf(QueryException.class).hasMessageContaining("2 statements");
            assertThatThrownBy(() -> db.sql(PlainName.class, "DELETE FROM native_names WHERE username = ?", "b"))
                    .isInstanceOf(QueryException.class).hasMessageContaining("returns none");
            assertThat(db.query(PlainName.class).count()).isEqualTo(2);
            db.schema().drop(PlainName.class);
        }
    }
}
