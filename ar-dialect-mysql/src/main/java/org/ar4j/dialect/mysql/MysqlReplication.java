package org.ar4j.dialect.mysql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;

import org.ar4j.sql.SqlReplication;

/**
 * GTID replication. MariaDB: the primary's position is {@code @@GLOBAL.gtid_binlog_pos} (the last GTID of each
 * replication domain), a replica has it once {@code MASTER_GTID_WAIT(position, timeout)} returns 0 (the server waits
 * up to the timeout itself); lag is the replica's {@code Seconds_Behind_Master}, unknown while its SQL thread is
 * stopped. MySQL 8 (not tested here: no MySQL 8 server on our build machines): {@code @@GLOBAL.gtid_executed},
 * {@code GTID_SUBSET} against the replica's executed set, {@code WAIT_FOR_EXECUTED_GTID_SET} to wait.
 */
final class MysqlReplication implements SqlReplication {
    private final boolean mariadb;

    MysqlReplication(boolean mariadb) {
        this.mariadb = mariadb;
    }

    @Override
    public String position(Connection primary) throws SQLException {
        String sql = mariadb ? "SELECT @@GLOBAL.gtid_binlog_pos" : "SELECT @@GLOBAL.gtid_executed";
        try (Statement st = primary.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            String p = rs.getString(1);
            return p == null || p.isBlank() ? null : p.replace("\n", "");
        }
    }

    @Override
    public boolean hasReplayed(Connection replica, String position, Duration wait) throws SQLException {
        double seconds = wait.toNanos() / 1e9;
        String sql;
        if (mariadb) {
            sql = "SELECT MASTER_GTID_WAIT(?, ?) = 0";
        } else if (wait.isZero()) {
            sql = "SELECT GTID_SUBSET(?, @@GLOBAL.gtid_executed)";
        } else {
            sql = "SELECT WAIT_FOR_EXECUTED_GTID_SET(?, ?) = 0";
        }
        try (PreparedStatement ps = replica.prepareStatement(sql)) {
            ps.setString(1, position);
            if (mariadb || !wait.isZero()) {
                ps.setDouble(2, seconds);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    @Override
    public Optional<Duration> lag(Connection replica) throws SQLException {
        try (Statement st = replica.createStatement();
             ResultSet rs = st.executeQuery(mariadb ? "SHOW SLAVE STATUS" : "SHOW REPLICA STATUS")) {
            if (!rs.next()) {
                return Optional.empty();
            }
            long seconds = rs.getLong(mariadb ? "Seconds_Behind_Master" : "Seconds_Behind_Source");
            return rs.wasNull() ? Optional.empty() : Optional.of(Duration.ofSeconds(seconds));
        }
    }
}
