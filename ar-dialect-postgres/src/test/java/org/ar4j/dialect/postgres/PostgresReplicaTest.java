package org.ar4j.dialect.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.ar4j.tck.reliability.ReplicaChecks;
import org.ar4j.tck.reliability.ServerUnderTest;

/** Read replicas on a PostgreSQL hot standby streaming from its primary ({@code .ci/replicas start}). */
class PostgresReplicaTest extends ReplicaChecks {
    @Override
    protected String primaryUrl() {
        return ServerUnderTest.url("AR_TEST_PG_PRIMARY_URL");
    }

    @Override
    protected String replicaUrl() {
        return ServerUnderTest.url("AR_TEST_PG_STANDBY_URL");
    }

    @Override
    protected void pauseReplay(Connection replica) throws SQLException {
        try (Statement st = replica.createStatement()) {
            st.execute("SELECT pg_wal_replay_pause()");
        }
    }

    @Override
    protected void resumeReplay(Connection replica) throws SQLException {
        try (Statement st = replica.createStatement()) {
            st.execute("SELECT pg_wal_replay_resume()");
        }
    }

    @Override
    protected String[] stopAndStartCommands() {
        return new String[] {"stop-pg-standby", "start-pg-standby"};
    }
}
