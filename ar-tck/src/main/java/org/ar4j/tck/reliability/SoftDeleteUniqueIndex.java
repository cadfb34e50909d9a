package org.ar4j.tck.reliability;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.ar4j.ConstraintViolationException;
import org.ar4j.Database;
import org.ar4j.tck.fixtures.Doc;
import org.ar4j.tck.fixtures.Folder;

/**
 * The pattern docs/scopes.md gives for a unique column of a soft-deleted model: an index unique over live rows only,
 * made by the backend's own DDL ({@code ddl}, on {@code tck_docs.code}, after ar4j created the table without its own
 * unique index). A marked row frees its code for a new record, and two live rows still cannot share one.
 */
public final class SoftDeleteUniqueIndex {
    private SoftDeleteUniqueIndex() {
    }

    /** Runs the pattern on {@code url}, running each of {@code ddl} through plain JDBC on {@code jdbcUrl}. */
    public static void check(String url, String jdbcUrl, String... ddl) throws SQLException {
        try (Database db = Database.builder().url(url).build()) {
            db.schema().dropIfExists(Doc.class, Folder.class);
            db.schema().create(Folder.class, Doc.class);
            try (Connection c = DriverManager.getConnection(jdbcUrl); Statement s = c.createStatement()) {
                s.execute("DROP INDEX ux_tck_docs_code" + (jdbcUrl.startsWith("jdbc:mysql") ? " ON tck_docs" : ""));
                for (String statement : ddl) {
                    s.execute(statement);
                }
            }
            try {
                db.bind(() -> {
                    Folder f = new Folder("f").save();
                    Doc first = new Doc(f, "x", "first").save();
                    first.delete();
                    Doc again = new Doc(f, "x", "again").save();   // the marked row no longer holds "x"
                    try {
                        new Doc(f, "x", "twin").save();
                        throw new AssertionError("two live docs share the code x");
                    } catch (ConstraintViolationException expected) {
                        // the index still keeps live codes unique
                    }
                    if (db.query(Doc.class).withDeleted().where("code", "x").count() != 2 || again.isNewRecord()) {
                        throw new AssertionError("expected one marked and one live doc with code x");
                    }
                    return null;
                });
            } finally {
                db.schema().dropIfExists(Doc.class, Folder.class);
            }
        }
    }
}
