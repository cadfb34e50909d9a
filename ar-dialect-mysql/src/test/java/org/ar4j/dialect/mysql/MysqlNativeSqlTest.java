package org.ar4j.dialect.mysql;

import org.ar4j.Database;
import org.ar4j.QueryException;
import org.ar4j.ActiveRecord;
import org.ar4j.Id;
import org.ar4j.Table;
import org.ar4j.tck.reliability.ServerUnderTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Native SQL read as Connector/J reads it: a ? after # or inside a backslash-escaped string is no placeholder. */
class MysqlNativeSqlTest {

    /** A table of this test's own. */
    @Table("native_names")
    public static class Name extends ActiveRecord<Name> {
        @Id public Long id;
        public String username;

        public Name() {
        }

        Name(String username) {
            this.username = username;
        }
    }

    @Test
    void hashCommentsAndBackslashEscapes() {
        try (Database db = Database.connect(ServerUnderTest.url("AR_TEST_MYSQL_URL"))) {
            db.schema().dropIfExists(Name.class);
            db.schema().create(Name.class);
            db.transaction(() -> {
                new Name("a?").save();
                new Name("b").save();
            });
            assertThat(db.query(Name.class).whereRaw("username <> 'a?' # ? in a comment\n AND id > ?", 0L).count())
                    .isEqualTo(1);
            assertThat(db.query(Name.class).whereRaw("username <> 'it\\'s ?' AND username = ?", "b").count()).isEqualTo(1);
            assertThat(db.sql(Name.class, "SELECT * FROM native_names WHERE username = 'a?' -- ?\n AND id > ?", 0L)).hasSize(1);
            assertThatThrownBy(() -> db.sql(Name.class, "SELECT * FROM native_names; DELETE FROM native_names"))
                    .isInstanceOf(QueryException.class).hasMessageContaining("2 statements");
            assertThatThrownBy(() -> db.sql(Name.class, "DELETE FROM native_names WHERE username = ?", "b"))
                    .isInstanceOf(QueryException.class).hasMessageContaining("returns none");
            assertThat(db.query(Name.class).count()).isEqualTo(2);
            db.schema().drop(Name.class);
        }
    }
}
