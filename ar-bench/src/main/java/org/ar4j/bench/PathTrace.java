package org.ar4j.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.ar4j.Database;

/**
 * Which of ar4j's methods one operation runs through: run under {@code -XX:+UnlockDiagnosticVMOptions
 * -XX:+LogTouchedMethods -XX:+PrintTouchedMethodsAtExit}, once per mode, and compare a mode with its baseline
 * (the methods an operation touches beyond reading the same models plainly, or beyond finding the record).
 * {@code path-trace.sh} in this module runs every mode and prints the classes per operation.
 *
 * <p>Modes: {@code prepare} (schema and 3 users x 2 posts x 2 comments in a SQLite file), {@code open}
 * (open and close), {@code eager} ({@code User} query with {@code with("posts.comments")}), {@code find} (open and
 * find user 1), {@code read} (read every user, post and comment without relations), {@code rollback} (find user
 * 1, then a transaction that saves a change and throws).
 */
public final class PathTrace {
    private PathTrace() {
    }

    /** Entry point: {@code PathTrace <mode> <sqlite file>}. */
    public static void main(String[] args) throws Exception {
        String url = "jdbc:sqlite:" + args[1];
        if (args[0].equals("prepare")) {
            prepare(url);
            return;
        }
        try (Database db = Database.builder().url(url).build()) {
            switch (args[0]) {
                case "open" -> db.backendName();
                case "read" -> System.out.println(db.query(Models.User.class).all().size() + db.query(Models.Post.class)
                        .all().size() + db.query(Models.Comment.class).all().size() + " records");
                case "eager" -> System.out.println(db.query(Models.User.class).with("posts.comments").all().size()
                        + " users");
                case "find" -> db.find(Models.User.class, 1L).orElseThrow();
                case "rollback" -> rollback(db);
                default -> throw new IllegalArgumentException("unknown mode " + args[0]);
            }
        }
    }

    private static void rollback(Database db) {
        Models.User u = db.find(Models.User.class, 1L).orElseThrow();
        try {
            db.transaction(() -> {
                u.username = "changed";
                u.save();
                throw new IllegalStateException("rolled back on purpose");
            });
        } catch (IllegalStateException expected) {
            System.out.println("rolled back: " + u.username + ", new " + u.isNewRecord());
        }
    }

    private static void prepare(String url) throws SQLException {
        try (Database db = Database.builder().url(url).build()) {
            db.schema().dropIfExists(Models.Comment.class, Models.Post.class, Models.User.class);
            db.schema().create(Models.User.class, Models.Post.class, Models.Comment.class);
        }
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            long post = 0;
            long comment = 0;
            for (int u = 1; u <= 3; u++) {
                s.executeUpdate("INSERT INTO bench_users (id, username, email) VALUES (" + u + ", 'u" + u + "', 'e')");
                for (int p = 0; p < 2; p++) {
                    post++;
                    s.executeUpdate("INSERT INTO bench_posts (id, user_id, title, body) VALUES (" + post + ", " + u
                            + ", 't', 'b')");
                    for (int k = 0; k < 2; k++) {
                        comment++;
                        s.executeUpdate("INSERT INTO bench_comments (id, post_id, body) VALUES (" + comment + ", "
                                + post + ", 'c')");
                    }
                }
            }
        }
    }
}
