package org.ar4j.spi;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Placeholders, statements and first words of native SQL, as each database's driver reads them. */
class SqlTextTest {

    @Test
    void standardQuotesAndComments() {
        SqlText s = SqlText.STANDARD;
        assertThat(s.placeholders("a = ? AND b = '?' AND \"c?\" = ? -- ?\n AND d = ? /* ? */")).isEqualTo(3);
        assertThat(s.placeholders("a = 'it''s ?' AND b = ?")).isEqualTo(1);
        assertThat(s.placeholders("x = $$?$$")).isEqualTo(1); // no dollar quotes in standard SQL
        assertThat(s.statements("SELECT 1;")).isEqualTo(1);
        assertThat(s.statements("SELECT ';'; -- done\n")).isEqualTo(1);
        assertThat(s.statements("SELECT 1; DELETE FROM t")).isEqualTo(2);
        assertThat(s.statements("  /* nothing */ -- at all\n")).isZero();
        assertThat(s.firstWord("  -- c\n /* d */ select 1")).isEqualTo("SELECT");
        assertThat(s.firstWord("(SELECT 1) UNION (SELECT 2)")).isEqualTo("(");
        assertThat(s.firstWord("")).isEmpty();
        assertThat(s.containsWord("DELETE FROM t RETURNING id", "RETURNING")).isTrue();
        assertThat(s.containsWord("DELETE FROM t WHERE x = 'RETURNING'", "RETURNING")).isFalse();
        assertThat(s.containsWord("DELETE FROM t WHERE returning_x = 1", "RETURNING")).isFalse();
    }

    @Test
    void postgresDollarQuotesAndNestedComments() {
        SqlText pg = SqlText.POSTGRESQL;
        assertThat(pg.placeholders("a = $$?$$ AND b = ?")).isEqualTo(1);
        assertThat(pg.placeholders("a = $tag$ it's ? $$ $tag$ AND b = ?")).isEqualTo(1);
        assertThat(pg.placeholders("a$b = ? AND c = $1")).isEqualTo(1); // a$b is a name, $1 no quote
        assertThat(pg.placeholders("/* outer /* inner ? */ still ? */ a = ?")).isEqualTo(1);
        assertThat(pg.statements("SELECT $$;$$")).isEqualTo(1);
    }

    @Test
    void mysqlHashCommentsAndBackslashes() {
        SqlText my = SqlText.MYSQL;
        assertThat(my.placeholders("a = ? # b = ?\n AND c = ?")).isEqualTo(2);
        assertThat(my.placeholders("a = 'it\\'s ?' AND b = ?")).isEqualTo(1);
        assertThat(my.placeholders("a = ?--? is no comment without a space")).isEqualTo(2);
        assertThat(my.placeholders("a = ? -- b = ?")).isEqualTo(1);
        assertThat(my.statements("SELECT 'a\\';b'")).isEqualTo(1);
    }
}
