package org.ar4j.dialect.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Random;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The primary's position must be one a standby's replay LSN reaches without later writes. An insert LSN just past a
 * page header is not (found by a read that waited 5 s on an idle CI standby); the position is moved to the boundary.
 */
class PostgresReplicationPositionTest {
    private static final int PAGE = 8192;
    private static final long SEGMENT = 16L << 20;

    @Test
    void aPositionPastAPageHeaderBecomesThePageBoundary() {
        assertThat(PostgresReplication.endOfRecords("0/302A018", PAGE, SEGMENT)).isEqualTo("0/302A000");
        assertThat(PostgresReplication.endOfRecords("1/3000028", PAGE, SEGMENT)).isEqualTo("1/3000000");
        assertThat(PostgresReplication.endOfRecords("A/FF000028", PAGE, SEGMENT)).isEqualTo("A/FF000000");
    }

    @Test
    void aPositionInsideAPageIsKept() {
        assertThat(PostgresReplication.endOfRecords("0/302A0F8", PAGE, SEGMENT)).isEqualTo("0/302A0F8");
        assertThat(PostgresReplication.endOfRecords("0/302A000", PAGE, SEGMENT)).isEqualTo("0/302A000");
        assertThat(PostgresReplication.endOfRecords("2/3000018", PAGE, SEGMENT)).as("a segment's first page has the long header")
                .isEqualTo("2/3000018");
        assertThat(PostgresReplication.endOfRecords("0/302A028", PAGE, SEGMENT)).isEqualTo("0/302A028");
    }

    /**
     * On the standby pair: writes until the insert LSN sits just past a page header, then checks that the standby
     * reaches the position taken there while the primary stays idle.
     */
    @Test
    void theStandbyReachesThePositionTakenAtAPageBoundary() throws Exception {
        String primaryUrl = System.getenv("AR_TEST_PG_PRIMARY_URL");
        String standbyUrl = System.getenv("AR_TEST_PG_STANDBY_URL");
        Assumptions.assumeTrue(primaryUrl != null && standbyUrl != null,
                "AR_TEST_PG_PRIMARY_URL/AR_TEST_PG_STANDBY_URL not set: no replication pair (.ci/replicas start)");
        PostgresReplication replication = new PostgresReplication();
        try (Connection p0 = DriverManager.getConnection(primaryUrl); Statement st0 = p0.createStatement()) {
            st0.execute("CREATE TABLE IF NOT EXISTS lsn_probe (id serial PRIMARY KEY, t text)");
        }
        try (Connection p = DriverManager.getConnection(primaryUrl);
             Connection s = DriverManager.getConnection(standbyUrl);
             Statement st = p.createStatement();
             PreparedStatement insert = p.prepareStatement("INSERT INTO lsn_probe (t) VALUES (repeat('x', ?))")) {
            String raw = null;
            Random rnd = new Random(20261207L);
            for (int i = 0; i < 20_000 && raw == null; i++) {
                insert.setInt(1, rnd.nextInt(200));
                insert.executeUpdate();
                try (ResultSet rs = st.executeQuery("SELECT pg_current_wal_insert_lsn()::text,"
                        + " (pg_current_wal_insert_lsn() - '0/0'::pg_lsn) % 8192")) {
                    rs.next();
                    raw = rs.getInt(2) == 24 ? rs.getString(1) : null;
                }
            }
            assertThat(raw).as("an insert LSN just past a page header within 20,000 writes").isNotNull();
            String position = replication.position(p);
            assertThat(position).isNotEqualTo(raw);
            assertThat(replication.hasReplayed(s, position, Duration.ofSeconds(3)))
                    .as("the standby reached %s (insert LSN %s) without further writes", position, raw).isTrue();
            st.execute("DROP TABLE lsn_probe");
        }
    }
}
