package org.ar4j.sql.internal;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The golden-SQL test of one dialect: extend it in the dialect's module with the text the dialect must write for
 * each of {@link GoldenSql}'s statements.
 */
public abstract class GoldenSqlTest {
    /** The statements as the dialect under test writes them. */
    protected abstract GoldenSql sql();

    /** The expected {@link GoldenSql#select()}. */
    protected abstract String select();

    /** The expected {@link GoldenSql#perOwnerLimit()}. */
    protected abstract String perOwnerLimit();

    /** The expected {@link GoldenSql#upsert()}. */
    protected abstract String upsert();

    /** The expected {@link GoldenSql#forUpdateSkipLocked()}. */
    protected abstract String forUpdateSkipLocked();

    /** The expected {@link GoldenSql#forShareNoWait()}. */
    protected abstract String forShareNoWait();

    /** The expected {@link GoldenSql#joinedSelect()}. */
    protected abstract String joinedSelect();

    /** The expected {@link GoldenSql#createTable()}, statement by statement. */
    protected abstract List<String> createTable();

    @Test
    void selectIsPinned() {
        assertThat(sql().select()).isEqualTo(select());
    }

    @Test
    void perOwnerLimitIsPinned() {
        assertThat(sql().perOwnerLimit()).isEqualTo(perOwnerLimit());
    }

    @Test
    void upsertIsPinned() {
        assertThat(sql().upsert()).isEqualTo(upsert());
    }

    @Test
    void lockingReadsArePinned() {
        assertThat(sql().forUpdateSkipLocked()).isEqualTo(forUpdateSkipLocked());
        assertThat(sql().forShareNoWait()).isEqualTo(forShareNoWait());
    }

    @Test
    void joinedSelectIsPinned() {
        assertThat(sql().joinedSelect()).isEqualTo(joinedSelect());
    }

    @Test
    void createTableIsPinned() {
        assertThat(sql().createTable()).containsExactlyElementsOf(createTable());
    }
}
