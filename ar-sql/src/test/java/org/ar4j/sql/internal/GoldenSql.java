package org.ar4j.sql.internal;

import java.util.List;

import org.ar4j.query.Order;
import org.ar4j.query.Predicate;
import org.ar4j.spi.Filter;
import org.ar4j.spi.Locking;
import org.ar4j.spi.Lookup;
import org.ar4j.spi.ColumnSpec;
import org.ar4j.spi.ColumnType;
import org.ar4j.spi.IndexSpec;
import org.ar4j.spi.PartitionLimit;
import org.ar4j.spi.Select;
import org.ar4j.spi.TableSpec;
import org.ar4j.spi.UpsertRows;
import org.ar4j.sql.SqlDialect;

/**
 * The statements a dialect's golden-SQL test pins, rendered through the shared renderer with that dialect: a
 * filtered, ordered, paged select; a per-owner limit; an upsert with a version; the DDL of a table. A dialect's
 * test (in its own module) compares them with the text it expects, so a change to the renderer or a dialect shows
 * up as a diff of SQL, not only as a TCK failure.
 */
public final class GoldenSql {
    /** The table every statement works on. */
    public static final TableSpec POSTS = new TableSpec("posts", List.of(
            new ColumnSpec("id", ColumnType.LONG, false, true, true, false, "id"),
            new ColumnSpec("author_id", ColumnType.LONG, true, false, false, false, "authorId"),
            new ColumnSpec("title", ColumnType.STRING, true, ColumnSpec.Key.NONE, true, "title", new ColumnSpec.Size(200, 0, 0)),
            new ColumnSpec("price", ColumnType.DECIMAL, true, ColumnSpec.Key.NONE, false, "price",
                    new ColumnSpec.Size(0, 10, 2)),
            new ColumnSpec("version", ColumnType.LONG, false, false, false, false, "version")),
            List.of(new IndexSpec("ix_posts_author_id", List.of("author_id"), false),
                    new IndexSpec("ux_posts_title", List.of("title"), true)), "Post");

    private final SqlRenderer renderer;
    private final SqlUpserts upserts;

    /** The statements as {@code dialect} writes them; {@code arrays} when it binds IN lists as one array. */
    public GoldenSql(SqlDialect dialect, boolean arrays) {
        this.renderer = new SqlRenderer(dialect, arrays);
        this.upserts = new SqlUpserts(dialect, renderer, new SqlInserts(dialect));
    }

    /** A select with a comparison, an IN list, a LIKE, an order, a limit and an offset. */
    public String select() {
        return renderer.select(new Select(POSTS, List.of("id", "title"), new Filter.And(List.of(
                new Filter.In("author_id", List.of(1L, 2L), false), new Filter.Like("title", "a%"),
                new Filter.Compare("price", Predicate.Operator.GT, new java.math.BigDecimal("1.50")))),
                        List.of(Order.desc("price"), Order.asc("id")), new Select.Window(10, 20L, null), null,
                                List.of())).text();
    }

    /** The next unclaimed post, locked, passing rows other transactions hold. */
    public String forUpdateSkipLocked() {
        return renderer.select(new Select(POSTS, List.of("id", "title"), new Filter.IsNull("author_id", false),
                List.of(Order.asc("id")), new Select.Window(1, null, null), new Locking(false,
                        Locking.Wait.SKIP_LOCKED), List.of())).text();
    }

    /** A shared lock that fails at once on a row locked elsewhere. */
    public String forShareNoWait() {
        return renderer.select(new Select(POSTS, List.of("id"), new Filter.Compare("id", Predicate.Operator.EQ, 7L),
                List.of(), Select.Window.ALL, new Locking(true, Locking.Wait.NO_WAIT), List.of())).text();
    }

    /** A projection with a BelongsTo step: the author's name joined, under the relation's condition. */
    public String joinedSelect() {
        Lookup author = new Lookup("author_id", POSTS, "id", new Filter.Compare("version", Predicate.Operator.GT, 0L),
                List.of("title"));
        return renderer.select(new Select(POSTS, List.of("id", "title"), new Filter.Compare("price",
                Predicate.Operator.GT, java.math.BigDecimal.ONE), List.of(Order.asc("id")), new Select.Window(5, null,
                        null), null, List.of(author))).text();
    }

    /** Three rows per author at most (window functions). */
    public String perOwnerLimit() {
        return renderer.select(new Select(POSTS, List.of("id", "author_id"), new Filter.In("author_id",
                List.of(1L, 2L, 3L), false), List.of(Order.asc("id")), new Select.Window(null, null,
                        new PartitionLimit("author_id", 3)), null, List.of()))
                .text();
    }

    /** Insert or update by the unique title, incrementing the version. */
    public String upsert() {
        return upserts.sql(new UpsertRows(POSTS, List.of("author_id", "title", "price", "version"),
                List.<Object[]>of(new Object[] {1L, "t", null, 1L}), List.of("title"), "version"));
    }

    /** CREATE TABLE and its indexes. */
    public List<String> createTable() {
        return renderer.ddl().createTable(POSTS);
    }
}
