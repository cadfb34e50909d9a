package org.ar4j.sql.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.ar4j.query.Order;
import org.ar4j.query.Predicate;
import org.ar4j.spi.Filter;
import org.ar4j.spi.ColumnSpec;
import org.ar4j.spi.ColumnType;
import org.ar4j.spi.IndexSpec;
import org.ar4j.spi.PartitionLimit;
import org.ar4j.spi.Select;
import org.ar4j.spi.TableSpec;
import org.ar4j.sql.DialectParts;
import org.ar4j.sql.SqlDialect;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SQL the shared renderer writes with a dialect that overrides nothing (standard SQL): the statements every SQL
 * dialect starts from, pinned text for text, with values only ever as bind parameters.
 */
class SqlRendererGoldenTest {
    /** A dialect made of the standard parts only. */
    private static final SqlDialect STANDARD = new SqlDialect("standard", DialectParts.STANDARD) {
    };

    private static final TableSpec POSTS = new TableSpec("posts", List.of(
            new ColumnSpec("id", ColumnType.LONG, false, true, true, false, "id"),
            new ColumnSpec("author_id", ColumnType.LONG, true, false, false, false, "authorId"),
            new ColumnSpec("title", ColumnType.STRING, true, false, false, false, "title"),
            new ColumnSpec("score", ColumnType.INTEGER, false, false, false, false, "score")),
            List.of(new IndexSpec("ix_posts_author_id", List.of("author_id"), false)), "Post");

    private final SqlRenderer renderer = new SqlRenderer(STANDARD, false);

    private static List<Object> values(SqlRenderer.Sql sql) {
        return sql.binds().stream().map(SqlRenderer.Bind::value).toList();
    }

    @Test
    void aSelectWithConditionsOrderLimitAndOffsetBindsEveryValue() {
        String hostile = "a'; DROP TABLE posts; --%";
        SqlRenderer.Sql sql = renderer.select(new Select(POSTS, List.of("id", "title"), new Filter.And(List.of(
                new Filter.Compare("author_id", Predicate.Operator.EQ, 7L),
                new Filter.Like("title", hostile))), List.of(Order.desc("score")), new Select.Window(10, 20L, null),
                        null, List.of()));
        assertThat(sql.text()).isEqualTo("SELECT \"id\", \"title\" FROM \"posts\" WHERE (\"author_id\" = ? AND \"title\""
                + " LIKE ? ESCAPE '\\') ORDER BY \"score\" DESC LIMIT ? OFFSET ?");
        assertThat(values(sql)).containsExactly(7L, hostile, 10, 20L);
    }

    @Test
    void aPerOwnerLimitIsAWindowOverTheOwnersKeys() {
        SqlRenderer.Sql sql = renderer.select(new Select(POSTS, List.of("id", "author_id", "score"),
                new Filter.In("author_id", List.of(1L, 2L, 3L), false), List.of(Order.desc("score"), Order.asc("id")),
                        new Select.Window(null, null, new PartitionLimit("author_id", 3)), null, List.of()));
        assertThat(sql.text()).isEqualTo("SELECT \"id\", \"author_id\", \"score\" FROM (SELECT \"id\", \"author_id\","
                + " \"score\", ROW_NUMBER() OVER (PARTITION BY \"author_id\" ORDER BY \"score\" DESC, \"id\" ASC) AS ar4j_rn"
                + " FROM \"posts\" WHERE \"author_id\" IN (?, ?, ?)) ar4j_w WHERE ar4j_rn <= ? ORDER BY \"author_id\" ASC,"
                + " \"score\" DESC, \"id\" ASC");
    }

    @Test
    void writes() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("title", "x");
        values.put("score", 1);
        SqlRenderer.Sql update = renderer.update(POSTS, values, new Filter.Compare("id", Predicate.Operator.EQ, 5L),
                List.of());
        assertThat(update.text()).isEqualTo("UPDATE \"posts\" SET \"title\" = ?, \"score\" = ? WHERE \"id\" = ?");
        assertThat(values(update)).containsExactly("x", 1, 5L);
        assertThat(renderer.insert(POSTS, List.of("author_id", "title", "score")))
                .isEqualTo("INSERT INTO \"posts\" (\"author_id\", \"title\", \"score\") VALUES (?, ?, ?)");
        assertThat(renderer.delete(POSTS, new Filter.IsNull("author_id", false)).text())
                .isEqualTo("DELETE FROM \"posts\" WHERE \"author_id\" IS NULL");
    }

    private static final TableSpec LINES = new TableSpec("lines", List.of(
            new ColumnSpec("order_no", ColumnType.LONG, false, true, false, false, "orderNo"),
            new ColumnSpec("line_no", ColumnType.INTEGER, false, true, false, false, "lineNo"),
            new ColumnSpec("sku", ColumnType.STRING, true, false, false, false, "sku")), List.of(), "Line");

    private static Filter key(long order, int line) {
        return new Filter.And(List.of(new Filter.Compare("order_no", Predicate.Operator.EQ, order),
                new Filter.Compare("line_no", Predicate.Operator.EQ, line)));
    }

    @Test
    void compositeKeysAreRowValuesAndATableLevelPrimaryKey() {
        SqlRenderer.Sql sql = renderer.select(new Select(LINES, List.of("sku"), new Filter.Or(List.of(key(1L, 2),
                key(3L, 4))), List.of(), Select.Window.ALL, null, List.of()));
        assertThat(sql.text()).isEqualTo("SELECT \"sku\" FROM \"lines\" WHERE (\"order_no\", \"line_no\") IN ((?, ?),"
                + " (?, ?))");
        assertThat(values(sql)).containsExactly(1L, 2, 3L, 4);
        SqlRenderer.Sql mixed = renderer.select(new Select(LINES, List.of("sku"), new Filter.Or(List.of(key(1L, 2),
                new Filter.Compare("sku", Predicate.Operator.EQ, "x"))), List.of(), Select.Window.ALL, null, List.of()));
        assertThat(mixed.text()).as("any other OR stays one").isEqualTo("SELECT \"sku\" FROM \"lines\" WHERE"
                + " ((\"order_no\" = ? AND \"line_no\" = ?) OR \"sku\" = ?)");
        assertThat(renderer.ddl().createTable(LINES)).containsExactly("CREATE TABLE \"lines\" (\"order_no\" BIGINT NOT NULL,"
                + " \"line_no\" INTEGER NOT NULL, \"sku\" CHARACTER VARYING, PRIMARY KEY (\"order_no\", \"line_no\"))");
    }

    @Test
    void ddl() {
        assertThat(renderer.ddl().createTable(POSTS)).containsExactly(
                "CREATE TABLE \"posts\" (\"id\" BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, \"author_id\" BIGINT,"
                        + " \"title\" CHARACTER VARYING, \"score\" INTEGER NOT NULL)",
                "CREATE INDEX \"ix_posts_author_id\" ON \"posts\" (\"author_id\")");
    }

    @Test
    void identifiersAreQuotedWithTheirQuotesDoubled() {
        assertThat(renderer.q("we\"ird")).isEqualTo("\"we\"\"ird\"");
    }
}
