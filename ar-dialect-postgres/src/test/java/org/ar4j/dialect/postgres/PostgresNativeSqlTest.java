package org.ar4j.dialect.postgres;

import org.ar4j.Database;
import org.ar4j.QueryException;
import org.ar4j.ActiveRecord;
import org.ar4j.Id;
import org.ar4j.Table;
import org.ar4j.tck.reliability.ServerUnderTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Native SQL read as pgjdbc reads it: a ? inside dollar quotes or nested comments is no placeholder. */
class PostgresNativeSqlTest {

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
    void dollarQuotesAndNestedComments() {
        try (Database db = Database.connect(ServerUnderTest.url("AR_TEST_POSTGRES_URL"))) {
            db.schema().dropIfExists(Name.class);
            db.schema().create(Name.class);
            db.transaction(() -> {
                new Name("a?").save();
                new Name("b").save();
            });
            assertThat(db.query(Name.class).whereRaw("username <> $$a?$$ AND id > ?", 0L).count()).isEqualTo(1);
            assertThat(db.query(Name.class).whereRaw("/* a /* nested ? */ comment ? */ username = $q$a?$q$").count())
                    .isEqualTo(1);
            assertThat(db.sql(Name.class, "SELECT * FROM native_names WHERE username = $$a?$$ AND id > ?", 0L)).hasSize(1);
            assertThatThrownBy(() -> db.sql(Name.class, "SELECT * FROM native_names; DELETE FROM native_names"))
                    .isInstanceOf(QueryException.class).hasMessageContaining("2 statements");
            assertThat(db.sql(Name.class, "DELETE FROM native_names WHERE username = ? RETURNING *", "b"))
                    .extracting(u -> u.username).containsExactly("b");
            assertThat(db.query(Name.class).count()).isEqualTo(1);
            db.schema().drop(Name.class);
        }
    }
}
