package org.ar4j.dialect.postgres;

import org.ar4j.Database;
import org.ar4j.QueryException;
import org.ar4j.tck.fixtures.drift.PlainName;
import org.ar4j.tck.reliability.ServerUnderTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Native SQL read as pgjdbc reads it: a ? inside dollar quotes or nested comments is no placeholder. */
class PostgresNativeSqlTest {

    @Test
    void dollarQuotesAndNestedComments() {
        try (Database db = Database.connect(ServerUnderTest.url("AR_TEST_POSTGRES_URL"))) {
            db.schema().dropIfExists(PlainName.class);
            db.schema().create(PlainName.class);
            db.transaction(() -> {
                new PlainName("a?").save();
                new PlainName("b").save();
            });
            assertThat(db.query(PlainName.class).whereRaw("username <> $$a?$$ AND id > ?", 0L).count()).isEqualTo(1);
            assertThat(db.query(PlainName.class).whereRaw("/* a /* nested ? */ comment ? */ username = $q$a?$q$").count())
                    .isEqualTo(1);
            assertThat(db.sql(PlainName.class, "SELECT * FROM native_names WHERE username = $$a?$$ AND id > ?", 0L)).hasSize(1);
            assertThatThrownBy(() -> db.sql(PlainName.class, "SELECT * FROM native_names; DELETE FROM native_names"))
                    .isInstanceOf(QueryException.class).hasMessageContaining("2 statements");
            assertThat(db.sql(PlainName.class, "DELETE FROM native_names WHERE username = ? RETURNING *", "b"))
                    .extracting(u -> u.username).containsExactly("b");
            assertThat(db.query(PlainName.class).count()).isEqualTo(1);
            db.schema().drop(PlainName.class);
        }
    }
}
