package org.ar4j.backend.mongo;

import java.net.InetSocketAddress;
import java.util.Optional;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.ar4j.tck.ServerTckBackend;
import org.ar4j.tck.TckBackend;
import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * Runs the whole TCK on MongoDB: the server at {@code AR_TEST_MONGO_URI} when set, else a
 * Testcontainers MongoDB when Docker is available, else an in-process mongo-java-server
 * (a MongoDB wire-protocol server; no sessions, hence no transactions) on a loopback port.
 */
@Suite
@SelectPackages("org.ar4j.tck.scenarios")
@ConfigurationParameter(key = TckBackend.PARAMETER, value = "org.ar4j.backend.mongo.MongoTckTest")
public class MongoTckTest implements TckBackend {
    private static final String ENV = "AR_TEST_MONGO_URI";
    private static MongoServer server;
    private static MongoDBContainer container;

    @Override
    public String url() {
        String url = System.getenv(ENV);
        if (url != null && !url.isBlank()) {
            return url;
        }
        synchronized (MongoTckTest.class) {
            if (ServerTckBackend.dockerConfigured() && DockerClientFactory.instance().isDockerAvailable()) {
                if (container == null) {
                    container = new MongoDBContainer("mongo:7");
                    container.start();
                }
                return container.getReplicaSetUrl("ar4j_tck");
            }
            if (server == null) {
                server = new MongoServer(new MemoryBackend());
                server.bind("127.0.0.1", 0);
                InetSocketAddress address = server.getLocalAddress();
                System.out.println("[ar4j-tck] MongoDB: in-process mongo-java-server on " + address
                        + " (no sessions, so no TRANSACTIONS)");
            }
            InetSocketAddress a = server.getLocalAddress();
            return "mongodb://127.0.0.1:" + a.getPort() + "/ar4j_tck";
        }
    }

    @Override
    public Optional<String> unavailable() {
        return Optional.empty();
    }

    @Override
    public void shutdown() {
        synchronized (MongoTckTest.class) {
            if (server != null) {
                server.shutdownNow();
                server = null;
            }
            if (container != null) {
                container.stop();
                container = null;
            }
        }
    }
}
