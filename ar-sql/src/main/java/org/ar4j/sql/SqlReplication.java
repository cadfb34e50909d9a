package org.ar4j.sql;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;

/**
 * How one SQL database reports replication, for read replicas with read-your-writes
 * ({@link SqlDialect#replication()}). Each method runs on a pooled connection of the server it is asked of; the
 * statements are reported to the query listener as {@code REPLICATION}.
 */
public interface SqlReplication {
    /**
     * On the primary: a position at or after every transaction committed so far, as text (PostgreSQL: the WAL insert
     * LSN; MariaDB: {@code @@gtid_binlog_pos}).
     */
    String position(Connection primary) throws SQLException;

    /**
     * On a replica: whether it has replayed a position, waiting up to {@code wait} (zero: answer at once). PostgreSQL
     * compares {@code pg_last_wal_replay_lsn()}; MariaDB calls {@code MASTER_GTID_WAIT}.
     */
    boolean hasReplayed(Connection replica, String position, Duration wait) throws SQLException;

    /** On a replica: how far it lags behind its primary; empty when unknown (replay stopped, not a replica). */
    Optional<Duration> lag(Connection replica) throws SQLException;
}
