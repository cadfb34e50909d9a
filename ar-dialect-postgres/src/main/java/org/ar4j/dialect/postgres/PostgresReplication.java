package org.ar4j.dialect.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;

import org.ar4j.sql.SqlReplication;

/**
 * PostgreSQL streaming replication by WAL position. The primary's position is its WAL insert LSN, which is at or
 * after the commit record of every transaction committed so far (also with {@code synchronous_commit = off}); a hot
 * standby has replayed it once {@code pg_last_wal_replay_lsn()} reaches it. PostgreSQL has no server-side wait for
 * this, so a wait polls every 5 ms. Lag is zero while the standby has replayed everything it received, else the age
 * of the last replayed transaction.
 */
final class PostgresReplication implements SqlReplication {
    private static final long POLL_MILLIS = 5;

    @Override
    public String position(Connection primary) throws SQLException {
        try (Statement st = primary.createStatement();
             ResultSet rs = st.executeQuery("SELECT pg_current_wal_insert_lsn()::text")) {
            rs.next();
            return rs.getString(1);
        }
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
