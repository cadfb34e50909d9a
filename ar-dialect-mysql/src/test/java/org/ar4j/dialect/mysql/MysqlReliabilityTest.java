package org.ar4j.dialect.mysql;

import java.time.Duration;

import org.ar4j.ConfigurationException;
import org.ar4j.Database;
import org.ar4j.tck.reliability.ReliabilityChecks;
import org.ar4j.tck.reliability.ServerUnderTest;
import org.ar4j.tck.reliability.StreamRow;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Connection failures, pool exhaustion and a server restart, against the real MySQL or MariaDB server. */
class MysqlReliabilityTest {
    private static final String ENV = "AR_TEST_MYSQL_URL";

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
        assertThatThrownBy(() -> Database.connect("jdbc:mysql://127.0.0.1:1/inventory?user=app&password=s3cret"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("host 127.0.0.1:1").hasMessageContaining("database inventory")
                .hasMessageContaining("Communications link failure")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("s3cret"));
    }

    @Test
    void wrongPasswordAndUnknownDatabaseAreClear() {
        ServerUnderTest.url(ENV);
        assertThatThrownBy(() -> Database.connect("jdbc:mysql://127.0.0.1:3306/test?user=root&password=wrong_pw"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("host 127.0.0.1:3306").hasMessageContaining("Access denied")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("wrong_pw").contains("****"));
        assertThatThrownBy(() -> Database.connect("jdbc:mysql://127.0.0.1:3306/no_such_db_ar4j?user=root"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("database no_such_db_ar4j").hasMessageContaining("Unknown database");
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
            ReliabilityChecks.survivesServerRestart(db, () -> ServerUnderTest.restart("mariadb"), Duration.ofSeconds(30));
        }
    }
}
