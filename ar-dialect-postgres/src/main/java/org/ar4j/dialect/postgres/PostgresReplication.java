package org.ar4j.dialect.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import org.ar4j.sql.SqlReplication;

/**
 * PostgreSQL streaming replication by WAL position. The primary's position is its WAL insert LSN, which is at or
 * after the commit record of every transaction committed so far (also with {@code synchronous_commit = off}); a hot
 * standby has replayed it once {@code pg_last_wal_replay_lsn()} reaches it. When the last record ends exactly at
 * a WAL page boundary, the insert LSN points past the next page's header, where no record ends, while the
 * standby's replay LSN stops at the boundary until some later record arrives (on an idle server, up to the 15 s
 * standby snapshot). So the position is taken at the boundary: the header is subtracted ({@link #endOfRecords}).
 * PostgreSQL has no server-side wait for this, so a wait polls every 5 ms. Lag is zero while the standby has
 * replayed everything it received, else the age of the last replayed transaction.
 */
final class PostgresReplication implements SqlReplication {
    private static final long POLL_MILLIS = 5;
    /** A WAL page's header: the long form opens a segment (64-bit builds; every supported server). */
    private static final int SHORT_PAGE_HEADER = 24;
    private static final int LONG_PAGE_HEADER = 40;

    @Override
    public String position(Connection primary) throws SQLException {
        try (Statement st = primary.createStatement();
             ResultSet rs = st.executeQuery("SELECT pg_current_wal_insert_lsn()::text,"
                     + " current_setting('wal_block_size')::int, pg_size_bytes(current_setting('wal_segment_size'))")) {
            rs.next();
            return endOfRecords(rs.getString(1), rs.getInt(2), rs.getLong(3));
        }
    }

    /**
     * An insert LSN as the end of the records before it: a position just past a page header (where the next record
     * will start) becomes the page boundary, which is where the last record ended and where replay stops.
     */
    static String endOfRecords(String insertLsn, int pageSize, long segmentSize) {
        int slash = insertLsn.indexOf('/');
        long lsn = (Long.parseLong(insertLsn.substring(0, slash), 16) << 32)
                | Long.parseLong(insertLsn.substring(slash + 1), 16);
        int header = Long.remainderUnsigned(lsn, segmentSize) < pageSize ? LONG_PAGE_HEADER : SHORT_PAGE_HEADER;
        long end = Long.remainderUnsigned(lsn, pageSize) == header ? lsn - header : lsn;
        return Long.toHexString(end >>> 32).toUpperCase(Locale.ROOT) + "/"
                + Long.toHexString(end & 0xFFFFFFFFL).toUpperCase(Locale.ROOT);
    }

    @Override
    public boolean hasReplayed(Connection replica, String position, Duration wait) throws SQLException {
        long deadline = System.nanoTime() + wait.toNanos();
        try (PreparedStatement ps = replica.prepareStatement(
                "SELECT COALESCE(pg_last_wal_replay_lsn() >= CAST(? AS pg_lsn), false)")) {
            ps.setString(1, position);
            while (true) {
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    if (rs.getBoolean(1)) {
                        return true;
                    }
                }
                if (System.nanoTime() - deadline >= 0) {
                    return false;
                }
                try {
                    Thread.sleep(POLL_MILLIS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        }
    }

    @Override
    public Optional<Duration> lag(Connection replica) throws SQLException {
        String sql = "SELECT CASE WHEN NOT pg_is_in_recovery() THEN NULL"
                + " WHEN pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() THEN 0"
                + " ELSE EXTRACT(EPOCH FROM now() - pg_last_xact_replay_timestamp()) END";
        try (Statement st = replica.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            double seconds = rs.getDouble(1);
            return rs.wasNull() ? Optional.empty() : Optional.of(Duration.ofNanos((long) (Math.max(0, seconds) * 1e9)));
        }
    }
}
