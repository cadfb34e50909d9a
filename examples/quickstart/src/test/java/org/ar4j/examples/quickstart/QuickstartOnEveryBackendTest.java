package org.ar4j.examples.quickstart;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.ar4j.Database;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The unchanged quickstart application on every backend: only the URL (and the jar on the
 * classpath) differ. PostgreSQL and MySQL need AR_TEST_POSTGRES_URL / AR_TEST_MYSQL_URL (set by
 * .ci/run); MongoDB runs on an in-process wire-protocol server.
 */
class QuickstartOnEveryBackendTest {

    private static void runOn(String url, String backend) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (Database db = Database.connect(url)) {
            assertThat(db.backendName()).isEqualTo(backend);
            BlogApp.Counts c = BlogApp.run(db, new PrintStream(buf, true, StandardCharsets.UTF_8));
            assertThat(c.classic()).isEqualTo(6);
            assertThat(c.peers()).isEqualTo(2);
            assertThat(c.eager()).isEqualTo(3);
        }
        assertThat(buf.toString(StandardCharsets.UTF_8)).contains("on the " + backend + " backend")
                .contains("after deleting Ken: 4 authors, 12 articles, 24 remarks");
    }

    private static String env(String name) {
        String v = System.getenv(name);
        boolean required = "true".equalsIgnoreCase(System.getenv("AR_TCK_REQUIRE_ALL"));
        if (v == null || v.isBlank()) {
            if (required) {
                throw new IllegalStateException(name + " is not set but AR_TCK_REQUIRE_ALL=true");
            }
            System.out.println("[quickstart] skipped: " + name + " is not set");
        }
        assumeTrue(v != null && !v.isBlank(), name + " is not set");
        return v;
    }

    @Test
    void sqlite() {
        runOn("jdbc:sqlite::memory:", "sqlite");
    }

    @Test
    void postgres() {
        runOn(env("AR_TEST_POSTGRES_URL"), "postgres");
    }

    @Test
    void mysql() {
        runOn(env("AR_TEST_MYSQL_URL"), "mysql");
    }

    @Test
    void mongo() {
        MongoServer server = new MongoServer(new MemoryBackend());
        try {
            server.bind("127.0.0.1", 0);
            runOn("mongodb://127.0.0.1:" + server.getLocalAddress().getPort() + "/quickstart", "mongo");
        } finally {
            server.shutdownNow();
        }
    }
}
