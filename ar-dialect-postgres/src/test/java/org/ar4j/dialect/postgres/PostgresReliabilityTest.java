package org.ar4j.dialect.postgres;

import java.time.Duration;

import org.ar4j.ConfigurationException;
import org.ar4j.Database;
import org.ar4j.tck.reliability.ReliabilityChecks;
import org.ar4j.tck.reliability.ServerUnderTest;
import org.ar4j.tck.reliability.StreamRow;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Connection failures, pool exhaustion and a server restart, against the real PostgreSQL server. */
class PostgresReliabilityTest {
    private static final String ENV = "AR_TEST_POSTGRES_URL";

    private static Database open(String url, int poolSize, long timeoutMs) {
        Database db = Database.builder().url(url).property("pool.maxSize", String.valueOf(poolSize))
                .property("pool.connectionTimeoutMs", String.valueOf(timeoutMs)).build();
        db.schema().dropIfExists(StreamRow.class);
        db.schema().create(StreamRow.class);
        return db;
    }

    @Test
    void refusedConnectionNamesHostDatabaseAndCause() {
        ServerUnderTest.url(ENV);
        assertThatThrownBy(() -> Database.connect("jdbc:postgresql://127.0.0.1:1/inventory?user=app&password=s3cret"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("host 127.0.0.1:1").hasMessageContaining("database inventory")
                .hasMessageContaining("refused")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("s3cret"));
    }

    @Test
    void unknownDatabaseAndRoleAreClear() {
        String url = ServerUnderTest.url(ENV);
        String base = url.substring(0, url.indexOf("//")) + "//127.0.0.1:5432/";
        assertThatThrownBy(() -> Database.connect(base + "no_such_db_ar4j?user=postgres"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("database no_such_db_ar4j").hasMessageContaining("does not exist");
        // Local PostgreSQL uses trust authentication, so a wrong password cannot fail here; an
        // unknown role is the authentication failure it does report.
        assertThatThrownBy(() -> Database.connect(base + "postgres?user=nobody_ar4j&password=wrong"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("nobody_ar4j")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("password=wrong").contains("****"));
    }

    @Test
    void poolExhaustionTimesOutNamingThePoolSize() throws Exception {
        try (Database db = open(ServerUnderTest.url(ENV), 2, 700)) {
            ReliabilityChecks.poolExhaustionNamesPoolSize(db, 2);
        }
    }

    @Test
    void recoversFromAServerRestart() throws Exception {
        String url = ServerUnderTest.url(ENV);
        ServerUnderTest.requireFaultInjection();
        try (Database db = open(url, 4, 2_000)) {
            ReliabilityChecks.survivesServerRestart(db, () -> ServerUnderTest.restart("postgres"), Duration.ofSeconds(30));
        }
    }
}
