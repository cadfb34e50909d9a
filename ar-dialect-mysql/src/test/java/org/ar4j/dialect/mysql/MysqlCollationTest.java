package org.ar4j.dialect.mysql;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;

import org.ar4j.ActiveRecord;
import org.ar4j.Database;
import org.ar4j.Id;
import org.ar4j.Table;
import org.ar4j.query.Order;
import org.ar4j.query.Where;
import org.ar4j.schema.SchemaProblem;
import org.ar4j.tck.reliability.ServerUnderTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An existing table whose text column has a case-insensitive collation ({@code utf8mb4_general_ci}, MariaDB's
 * default): ar4j's comparisons stay case-sensitive as on every backend, and validate reports the collation.
 */
class MysqlCollationTest {

    /** A row of a table the application made itself. */
    @Table("legacy_artists")
    public static class Artist extends ActiveRecord<Artist> {
        @Id public Long id;
        public String name;
    }

    @Test
    void caseInsensitiveColumnsCompareCaseSensitively() throws Exception {
        String url = ServerUnderTest.url("AR_TEST_MYSQL_URL");
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS legacy_artists");
            s.execute("CREATE TABLE legacy_artists (id BIGINT AUTO_INCREMENT PRIMARY KEY, name VARCHAR(100), KEY (name))"
                    + " DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci");
            s.execute("INSERT INTO legacy_artists (name) VALUES ('AC/DC'), ('Abba'), ('abba '), ('Ärzte')");
        }
        try (Database db = Database.connect(url)) {
            assertThat(db.query(Artist.class).where(Where.eq("name", "ac/dc")).count()).isZero();
            assertThat(db.query(Artist.class).where(Where.eq("name", "AC/DC")).count()).isEqualTo(1);
            assertThat(db.query(Artist.class).where(Where.like("name", "ac/%")).count()).isZero();
            assertThat(db.query(Artist.class).where(Where.like("name", "A%")).count()).isEqualTo(2);
            assertThat(db.query(Artist.class).where(Where.in("name", List.of("abba", "ABBA"))).count()).isZero();
            assertThat(db.query(Artist.class).where(Where.eq("name", "abba ")).count()).isEqualTo(1);
            assertThat(db.query(Artist.class).where(Where.eq("name", "Arzte")).count()).isZero();
            assertThat(db.query(Artist.class).where(Where.gt("name", "a")).orderBy(Order.asc("id")).pluck("name",
                    String.class)).containsExactly("abba ", "Ärzte");
            assertThat(db.schema().validate(Artist.class).problems(SchemaProblem.Kind.COLLATION_MISMATCH))
                    .singleElement().satisfies(p -> {
                        assertThat(p.field()).isEqualTo("name");
                        assertThat(p.detail()).contains("utf8mb4_general_ci");
                    });
        } finally {
            try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
                s.execute("DROP TABLE IF EXISTS legacy_artists");
            }
        }
    }
}
