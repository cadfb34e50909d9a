package org.ar4j.dialect.sqlite;

import java.util.List;

import org.ar4j.sql.internal.GoldenSql;
import org.ar4j.sql.internal.GoldenSqlTest;

/** The SQL the SQLite dialect writes for the golden statements, pinned text for text (values only as parameters). */
class SqliteGoldenSqlTest extends GoldenSqlTest {
    private final GoldenSql sql = new GoldenSql(new SqliteDialect(), false);

    @Override
    protected GoldenSql sql() {
        return sql;
    }

    @Override
    protected String select() {
        return "SELECT \"id\", \"title\" FROM \"posts\" WHERE (\"author_id\" IN (?, ?) AND \"title\" LIKE ? ESCAPE"
                + " '\\' AND \"price\" COLLATE AR4J_DECIMAL > ? COLLATE AR4J_DECIMAL) ORDER BY \"price\" COLLATE"
                + " AR4J_DECIMAL DESC, \"id\" ASC LIMIT ? OFFSET ?";
    }

    @Override
    protected String perOwnerLimit() {
        return "SELECT \"id\", \"author_id\" FROM (SELECT \"id\", \"author_id\", ROW_NUMBER() OVER (PARTITION BY"
                + " \"author_id\" ORDER BY \"id\" ASC) AS ar4j_rn FROM \"posts\" WHERE \"author_id\" IN (?, ?, ?))"
                + " ar4j_w WHERE ar4j_rn <= ? ORDER BY \"author_id\" ASC, \"id\" ASC";
    }

    @Override
    protected String upsert() {
        return "INSERT INTO \"posts\" (\"author_id\", \"title\", \"price\", \"version\") VALUES (?, ?, ?, ?) ON"
                + " CONFLICT (\"title\") DO UPDATE SET \"author_id\" = excluded.\"author_id\", \"price\" ="
                + " excluded.\"price\", \"version\" = \"posts\".\"version\" + 1";
    }

    @Override
    protected String forUpdateSkipLocked() {
        return "SELECT \"id\", \"title\" FROM \"posts\" WHERE \"author_id\" IS NULL ORDER BY \"id\" ASC LIMIT ?";
    }

    @Override
    protected String forShareNoWait() {
        return "SELECT \"id\" FROM \"posts\" WHERE \"id\" = ?";
    }

    @Override
    protected String joinedSelect() {
        return "SELECT \"id\", \"title\", \"ar4j_j0\".\"ar4j_j0_c0\" FROM \"posts\" LEFT JOIN (SELECT \"id\" AS "
                + "\"ar4j_j0_k\", \"title\" AS \"ar4j_j0_c0\" FROM \"posts\" WHERE \"version\" > ?) \"ar4j_j0\" ON "
                + "\"ar4j_j0\".\"ar4j_j0_k\" = \"posts\".\"author_id\" WHERE \"price\" COLLATE AR4J_DECIMAL > ? "
                + "COLLATE AR4J_DECIMAL ORDER BY \"id\" ASC LIMIT ?";
    }

    @Override
    protected List<String> createTable() {
        return List.of(
                "CREATE TABLE \"posts\" (\"id\" INTEGER PRIMARY KEY AUTOINCREMENT, \"author_id\" INTEGER,"
                        + " \"title\" TEXT, \"price\" TEXT, \"version\" INTEGER NOT NULL)",
                "CREATE INDEX \"ix_posts_author_id\" ON \"posts\" (\"author_id\")",
                "CREATE UNIQUE INDEX \"ux_posts_title\" ON \"posts\" (\"title\")");
    }
}
