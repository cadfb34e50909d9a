package org.ar4j.dialect.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import org.ar4j.Database;
import org.ar4j.query.Where;

/**
 * The three tasks of {@link VirtualThreadsTest}, once through ar4j and once written by hand on a HikariCP pool of
 * the same size: a find by id, a reader with its notes, and a transaction that writes a note and counts it back.
 * Both return what the transaction saw, so the test can check that each saw its own write.
 */
interface VtWork {
    /**
     * Runs task {@code n} (its kind is {@code n % 3}) for the reader {@code readerId}; a transaction returns how many
     * notes with its text it saw before committing (1: its own, and no other thread's).
     */
    int run(int n, long readerId, String label) throws Exception;

    /** Whether task {@code n} is a transaction. */
    static boolean isTransaction(int n) {
        return n % 3 == 2;
    }

    /** Through ar4j. */
    static VtWork ar4j(Database db) {
        return (n, readerId, label) -> switch (n % 3) {
            case 0 -> db.find(VtModels.Reader.class, readerId).orElseThrow().name.length();
            case 1 -> db.query(VtModels.Reader.class).whereId(readerId).with("notes").all().size();
            default -> db.inTransaction(() -> {
                VtModels.Note note = new VtModels.Note();
                note.readerId = readerId;
                note.text = label + "-" + n;
                note.save();
                // inside this thread's transaction: its own note, and no other thread's uncommitted one
                return (int) db.query(VtModels.Note.class).where(Where.eq("text", note.text)).count();
            });
        };
    }

    /** The least work by hand for the same results, on {@code pool}. */
    static VtWork byHand(DataSource pool) {
        return (n, readerId, label) -> {
            try (Connection c = pool.getConnection()) {
                return switch (n % 3) {
                    case 0 -> findName(c, readerId).length();
                    case 1 -> {
                        findName(c, readerId);
                        try (PreparedStatement ps = c.prepareStatement(
                                "SELECT \"id\", \"reader_id\", \"text\" FROM \"vt_notes\" WHERE \"reader_id\" = ?")) {
                            ps.setLong(1, readerId);
                            try (ResultSet rs = ps.executeQuery()) {
                                while (rs.next()) {
                                    rs.getString(3);
                                }
                            }
                        }
                        yield 1;
                    }
                    default -> writeAndCount(c, readerId, label + "-" + n);
                };
            }
        };
    }

    private static String findName(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT \"id\", \"name\" FROM \"vt_readers\" WHERE \"id\" = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(2);
            }
        }
    }

    private static int writeAndCount(Connection c, long readerId, String text) throws SQLException {
        c.setAutoCommit(false);
        try {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO \"vt_notes\" (\"reader_id\", \"text\") VALUES (?, ?)")) {
                ps.setLong(1, readerId);
                ps.setString(2, text);
                ps.executeUpdate();
            }
            int seen;
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM \"vt_notes\" WHERE \"text\" = ?")) {
                ps.setString(1, text);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    seen = rs.getInt(1);
                }
            }
            c.commit();
            return seen;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    /** The readers' ids, for tasks to pick from. */
    static long[] ids(List<VtModels.Reader> readers) {
        return readers.stream().mapToLong(r -> r.id).toArray();
    }
}
