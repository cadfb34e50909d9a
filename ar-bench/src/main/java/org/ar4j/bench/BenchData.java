package org.ar4j.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import org.hibernate.SessionFactory;
import org.hibernate.cfg.Configuration;

import org.ar4j.Database;

/**
 * Where the benchmarks run and the data they share: 1,000 users, 10 posts each, 5 comments per
 * post (1,000 -> 10,000 -> 50,000), written once per trial with plain JDBC batches.
 */
public final class BenchData {
    static final int USERS = 1_000;
    static final int POSTS_PER_USER = 10;
    static final int COMMENTS_PER_POST = 5;

    /** A named shared-cache in-memory database every connection of the JVM can reach. */
    static final String SQLITE = "jdbc:sqlite:file:ar4jbench?mode=memory&cache=shared";
    /** The local PostgreSQL server; override with AR_BENCH_POSTGRES_URL. */
    static final String POSTGRES = System.getenv().getOrDefault("AR_BENCH_POSTGRES_URL",
            "jdbc:postgresql://127.0.0.1:5432/ar4j_bench?user=postgres");

    private BenchData() {
    }

    static String url(String backend) {
        return backend.equals("postgres") ? POSTGRES : SQLITE;
    }

    /** Opens ar4j on the backend, creates the schema and fills the graph. */
    static Database open(String backend) throws SQLException {
        Database db = Database.builder().url(url(backend)).build();
        db.makeDefault();
        db.schema().dropIfExists(Models.Comment.class, Models.Post.class, Models.User.class, Models.Item.class);
        db.schema().create(Models.User.class, Models.Post.class, Models.Comment.class, Models.Item.class);
        try (Connection c = DriverManager.getConnection(url(backend))) {
            fill(c);
        }
        return db;
    }

    private static void fill(Connection c) throws SQLException {
        c.setAutoCommit(false);
        try (PreparedStatement u = c.prepareStatement("INSERT INTO bench_users (id, username, email) VALUES (?, ?, ?)");
             PreparedStatement p = c.prepareStatement("INSERT INTO bench_posts (id, user_id, title, body) VALUES (?, ?, ?, ?)");
             PreparedStatement k = c.prepareStatement("INSERT INTO bench_comments (id, post_id, body) VALUES (?, ?, ?)")) {
            long postId = 0;
            long commentId = 0;
            for (long i = 1; i <= USERS; i++) {
                u.setLong(1, i);
                u.setString(2, "user" + i);
                u.setString(3, "user" + i + "@example.com");
                u.addBatch();
                for (int j = 0; j < POSTS_PER_USER; j++) {
                    postId++;
                    p.setLong(1, postId);
                    p.setLong(2, i);
                    p.setString(3, "post " + postId);
                    p.setString(4, "body of post " + postId + " with some text to read");
                    p.addBatch();
                    for (int m = 0; m < COMMENTS_PER_POST; m++) {
                        commentId++;
                        k.setLong(1, commentId);
                        k.setLong(2, postId);
                        k.setString(3, "comment " + commentId);
                        k.addBatch();
                    }
                }
            }
            u.executeBatch();
            p.executeBatch();
            k.executeBatch();
        }
        c.commit();
        c.setAutoCommit(true);
        if (c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")) {
            try (Statement st = c.createStatement()) {
                // The explicit ids above bypassed the identity sequences; move them past the data.
                st.execute("SELECT setval(pg_get_serial_sequence('bench_users', 'id'), (SELECT MAX(id) FROM bench_users))");
                st.execute("SELECT setval(pg_get_serial_sequence('bench_posts', 'id'), (SELECT MAX(id) FROM bench_posts))");
                st.execute("SELECT setval(pg_get_serial_sequence('bench_comments', 'id'), (SELECT MAX(id) FROM bench_comments))");
                st.execute("ANALYZE");
            }
        }
    }

    /** Hibernate on the same database: its fastest settings for these cases (batching, no SQL logging). */
    static SessionFactory hibernate(String backend) {
        Properties p = new Properties();
        p.put("hibernate.connection.url", url(backend));
        p.put("hibernate.dialect", backend.equals("postgres") ? "org.hibernate.dialect.PostgreSQLDialect"
                : "org.hibernate.community.dialect.SQLiteDialect");
        p.put("hibernate.connection.pool_size", "4");
        p.put("hibernate.jdbc.batch_size", "1000");
        p.put("hibernate.order_inserts", "true");
        p.put("hibernate.show_sql", "false");
        p.put("hibernate.hbm2ddl.auto", "none");
        Configuration cfg = new Configuration().addProperties(p)
                .addAnnotatedClass(Models.HUser.class).addAnnotatedClass(Models.HPost.class)
                .addAnnotatedClass(Models.HComment.class).addAnnotatedClass(Models.HItem.class);
        return cfg.buildSessionFactory();
    }
}
