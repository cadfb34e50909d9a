package org.ar4j.dialect.mysql;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.ar4j.tck.reliability.ReplicaChecks;
import org.ar4j.tck.reliability.ServerUnderTest;

/** Read replicas on a MariaDB replica with GTID replication from its primary ({@code .ci/replicas start}). */
class MariadbReplicaTest extends ReplicaChecks {
    @Override
    protected String primaryUrl() {
        return ServerUnderTest.url("AR_TEST_MARIADB_PRIMARY_URL");
    }

    @Override
    protected String replicaUrl() {
        return ServerUnderTest.url("AR_TEST_MARIADB_REPLICA_URL");
    }

    @Override
    protected void pauseReplay(Connection replica) throws SQLException {
        try (Statement st = replica.createStatement()) {
            st.execute("STOP SLAVE SQL_THREAD");
        }
    }

    @Override
    protected void resumeReplay(Connection replica) throws SQLException {
        try (Statement st = replica.createStatement()) {
            st.execute("START SLAVE SQL_THREAD");
        }
    }

    @Override
    protected String[] stopAndStartCommands() {
        return new String[] {"stop-mariadb-replica", "start-mariadb-replica"};
    }
}
