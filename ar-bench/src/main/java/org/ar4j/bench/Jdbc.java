package org.ar4j.bench;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Hand-written JDBC: the least work a careful person writes for the same objects, mapped by hand. */
final class Jdbc {
    private Jdbc() {
    }

    static final String FIND_USER = "SELECT \"id\", \"username\", \"email\" FROM \"bench_users\" WHERE \"id\" = ?";
    static final String POSTS =
            "SELECT \"id\", \"user_id\", \"title\", \"body\" FROM \"bench_posts\" ORDER BY \"id\" ASC LIMIT ?";

    /** A user by id through a statement prepared once ({@link #FIND_USER}). */
    static Models.PUser findUser(PreparedStatement ps, long id) throws SQLException {
        ps.setLong(1, id);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? user(rs) : null;
        }
    }

    static Models.PUser user(ResultSet rs) throws SQLException {
        Models.PUser u = new Models.PUser();
        u.id = rs.getLong(1);
        u.username = rs.getString(2);
        u.email = rs.getString(3);
        return u;
    }

    /** The first posts by id through a statement prepared once ({@link #POSTS}). */
    static List<Models.PPost> posts(PreparedStatement ps, int limit) throws SQLException {
        ps.setInt(1, limit);
        return readPosts(ps, limit);
    }

    /** The posts a statement whose parameters are bound returns, read as {@link #post(ResultSet)} reads one. */
    static List<Models.PPost> readPosts(PreparedStatement ps, int expected) throws SQLException {
        List<Models.PPost> out = new ArrayList<>(expected);
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(post(rs));
            }
        }
        return out;
    }

    static Models.PPost post(ResultSet rs) throws SQLException {
        Models.PPost p = new Models.PPost();
        p.id = rs.getLong(1);
        p.userId = rs.getLong(2);
        p.title = rs.getString(3);
        p.body = rs.getString(4);
        return p;
    }

    /**
     * users, then their posts, then the posts' comments: the least work by hand for the same objects — three
     * queries, no ORDER BY (the relations declare no order), keys as one {@code = ANY(?)} array on PostgreSQL and one
     * IN list on SQLite.
     */
    static List<Models.PUser> graph(Connection c, boolean arrays) throws SQLException {
        List<Models.PUser> users = new ArrayList<>();
        Map<Long, Models.PUser> byId = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT \"id\", \"username\", \"email\" FROM \"bench_users\"");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Models.PUser u = user(rs);
                users.add(u);
                byId.put(u.id, u);
            }
        }
        List<Models.PPost> posts = new ArrayList<>();
        Map<Long, Models.PPost> postById = new HashMap<>();
        try (PreparedStatement ps = keyed(c, "SELECT \"id\", \"user_id\", \"title\", \"body\" FROM \"bench_posts\" WHERE ",
                "\"user_id\"", "", new ArrayList<>(byId.keySet()), arrays);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Models.PPost p = post(rs);
                byId.get(p.userId).posts.add(p);
                posts.add(p);
                postById.put(p.id, p);
            }
        }
        try (PreparedStatement ps = keyed(c, "SELECT \"id\", \"post_id\", \"body\" FROM \"bench_comments\" WHERE ",
                "\"post_id\"", "", new ArrayList<>(postById.keySet()), arrays);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Models.PComment k = new Models.PComment();
                k.id = rs.getLong(1);
                k.postId = rs.getLong(2);
                k.body = rs.getString(3);
                postById.get(k.postId).comments.add(k);
            }
        }
        return users;
    }

    /** Users, then each user's posts, then each post's comments, one statement per owner; returns the comments. */
    static int nPlusOne(Connection c) throws SQLException {
        int n = 0;
        try (PreparedStatement us = c.prepareStatement("SELECT \"id\", \"username\", \"email\" FROM \"bench_users\"");
             PreparedStatement ps = c.prepareStatement(
                     "SELECT \"id\", \"user_id\", \"title\", \"body\" FROM \"bench_posts\" WHERE \"user_id\" = ?");
             PreparedStatement cs = c.prepareStatement(
                     "SELECT \"id\", \"post_id\", \"body\" FROM \"bench_comments\" WHERE \"post_id\" = ?")) {
            List<Models.PUser> users = new ArrayList<>();
            try (ResultSet rs = us.executeQuery()) {
                while (rs.next()) {
                    users.add(user(rs));
                }
            }
            for (Models.PUser u : users) {
                ps.setLong(1, u.id);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        u.posts.add(post(rs));
                    }
                }
                for (Models.PPost p : u.posts) {
                    cs.setLong(1, p.id);
                    try (ResultSet rs = cs.executeQuery()) {
                        while (rs.next()) {
                            Models.PComment k = new Models.PComment();
                            k.id = rs.getLong(1);
                            k.postId = rs.getLong(2);
                            k.body = rs.getString(3);
                            p.comments.add(k);
                        }
                    }
                    n += p.comments.size();
                }
            }
        }
        return n;
    }

    private static PreparedStatement keyed(Connection c, String head, String column, String tail, List<Long> keys,
                                           boolean arrays) throws SQLException {
        if (arrays) {
            PreparedStatement ps = c.prepareStatement(head + column + " = ANY(?)" + tail);
            Array a = c.createArrayOf("int8", keys.toArray());
            ps.setArray(1, a);
            return ps;
        }
        StringBuilder sb = new StringBuilder(head).append(column).append(" IN (");
        for (int i = 0; i < keys.size(); i++) {
            sb.append(i == 0 ? "?" : ", ?");
        }
        PreparedStatement ps = c.prepareStatement(sb.append(')').append(tail).toString());
        for (int i = 0; i < keys.size(); i++) {
            ps.setLong(i + 1, keys.get(i));
        }
        return ps;
    }

    /**
     * The same result as ar4j's insertAll: new objects inserted in JDBC batches of 1,000 inside one transaction, each
     * given its generated id (SQLite: the rowids of one batch under the write lock are consecutive, so one
     * {@code last_insert_rowid()} per batch gives them all).
     */
    static List<Models.PItem> insertItems(Connection c, int n) throws SQLException {
        List<Models.PItem> items = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Models.PItem it = new Models.PItem();
            it.name = "item" + i;
            it.qty = i;
            items.add(it);
        }
        c.setAutoCommit(false);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO \"bench_items\" (\"name\", \"qty\") VALUES (?, ?)");
             PreparedStatement last = c.prepareStatement("SELECT last_insert_rowid()")) {
            int from = 0;
            for (int i = 0; i < n; i++) {
                Models.PItem it = items.get(i);
                ps.setString(1, it.name);
                ps.setInt(2, it.qty);
                ps.addBatch();
                if ((i + 1) % 1000 == 0 || i == n - 1) {
                    ps.executeBatch();
                    try (ResultSet rs = last.executeQuery()) {
                        rs.next();
                        long id = rs.getLong(1);
                        for (int j = i; j >= from; j--) {
                            items.get(j).id = id--;
                        }
                    }
                    from = i + 1;
                }
            }
        }
        c.commit();
        c.setAutoCommit(true);
        return items;
    }
}
