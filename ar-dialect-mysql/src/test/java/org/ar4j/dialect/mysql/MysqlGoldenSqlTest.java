package org.ar4j.dialect.mysql;

import java.util.List;

import org.ar4j.sql.internal.GoldenSql;
import org.ar4j.sql.internal.GoldenSqlTest;

/** The SQL the MySQL dialect writes for the golden statements, pinned text for text (values only as parameters). */
class MysqlGoldenSqlTest extends GoldenSqlTest {
    private final GoldenSql sql = new GoldenSql(new MysqlDialect(), false);

    @Override
    protected GoldenSql sql() {
        return sql;
    }

    @Override
    protected String select() {
        return "SELECT `id`, `title` FROM `posts` WHERE (`author_id` IN (?, ?) AND `title` LIKE ? COLLATE utf8mb4_bin AND"
                + " CAST(`price` AS DECIMAL(65,30)) > CAST(? AS DECIMAL(65,30))) ORDER BY CAST(`price` AS"
                + " DECIMAL(65,30)) DESC, `id` ASC LIMIT ? OFFSET ?";
    }

    @Override
    protected String perOwnerLimit() {
        return "SELECT `id`, `author_id` FROM (SELECT `id`, `author_id`, ROW_NUMBER() OVER (PARTITION BY"
                + " `author_id` ORDER BY `id` ASC) AS ar4j_rn FROM `posts` WHERE `author_id` IN (?, ?, ?))"
                + " ar4j_w WHERE ar4j_rn <= ? ORDER BY `author_id` ASC, `id` ASC";
    }

    @Override
    protected String upsert() {
        return "INSERT INTO `posts` (`author_id`, `title`, `price`, `version`) VALUES (?, ?, ?, ?) ON"
                + " DUPLICATE KEY UPDATE `author_id` = VALUES(`author_id`), `price` = VALUES(`price`),"
                + " `version` = `version` + 1";
    }

    @Override
    protected String forUpdateSkipLocked() {
        return "SELECT `id`, `title` FROM `posts` WHERE `author_id` IS NULL ORDER BY `id` ASC LIMIT ? FOR "
                + "UPDATE SKIP LOCKED";
    }

    @Override
    protected String forShareNoWait() {
        return "SELECT `id` FROM `posts` WHERE `id` = ? LOCK IN SHARE MODE NOWAIT";
    }

    @Override
    protected String joinedSelect() {
        return "SELECT `id`, `title`, `ar4j_j0`.`ar4j_j0_c0` FROM `posts` LEFT JOIN (SELECT `id` AS "
                + "`ar4j_j0_k`, `title` AS `ar4j_j0_c0` FROM `posts` WHERE `version` > ?) `ar4j_j0` ON "
                + "`ar4j_j0`.`ar4j_j0_k` = `posts`.`author_id` WHERE CAST(`price` AS DECIMAL(65,30)) > CAST(? AS "
                + "DECIMAL(65,30)) ORDER BY `id` ASC LIMIT ?";
    }

    @Override
    protected List<String> createTable() {
        return List.of(
                "CREATE TABLE `posts` (`id` BIGINT AUTO_INCREMENT PRIMARY KEY, `author_id` BIGINT, `title`"
                        + " VARCHAR(200), `price` DECIMAL(10, 2), `version` BIGINT NOT NULL) ENGINE=InnoDB DEFAULT"
                        + " CHARSET=utf8mb4 COLLATE=utf8mb4_bin",
                "CREATE INDEX `ix_posts_author_id` ON `posts` (`author_id`)",
                "CREATE UNIQUE INDEX `ux_posts_title` ON `posts` (`title`)");
    }
}
