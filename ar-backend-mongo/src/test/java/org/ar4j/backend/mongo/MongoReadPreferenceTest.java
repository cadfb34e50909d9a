package org.ar4j.backend.mongo;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.ar4j.ConfigurationException;
import org.ar4j.Database;
import org.ar4j.UnsupportedCapabilityException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the in-process server allows of MongoDB's read routing: reads from secondaries need causally consistent
 * sessions for read-your-writes, which a server without sessions cannot give, so such a URL is refused; the core's
 * replica routing is refused with the REPLICAS capability; a primary-only URL opens.
 */
class MongoReadPreferenceTest {
    private static MongoServer server;
    private static String base;

    @BeforeAll
    static void start() {
        server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        base = "mongodb://127.0.0.1:" + server.getLocalAddress().getPort() + "/ar4j_rp";
    }

    @AfterAll
    static void stop() {
        server.shutdownNow();
    }

    @Test
    void readingFromSecondariesWithoutSessionsIsRefused() {
        assertThatThrownBy(() -> Database.connect(base + "?readPreference=secondaryPreferred"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("readPreference=secondaryPreferred")
                .hasMessageContaining("causally consistent sessions");
    }

    @Test
    void coreReplicaRoutingIsRefusedAndPrimaryReadsOpen() {
        assertThatThrownBy(() -> Database.builder().url(base).replica(base).build())
                .isInstanceOf(UnsupportedCapabilityException.class).hasMessageContaining("REPLICAS");
        try (Database db = Database.connect(base + "?readPreference=primary")) {
            assertThat(db.backendName()).isEqualTo("mongo");
            assertThat(db.lastWrite()).isEmpty();
        }
    }
}
