package org.ar4j.examples.conduit;

import java.net.InetSocketAddress;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.ar4j.Database;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * Profile {@code mongo}: an in-process MongoDB wire server (mongo-java-server, in memory) and ar4j's Database on it,
 * for trying the MongoDB backend on a machine without a MongoDB server. With a real server, set
 * {@code CONDUIT_DB_URL=mongodb://host/conduit} instead and leave the profile off.
 */
@Configuration(proxyBeanMethods = false)
@Profile("mongo")
public class EmbeddedMongo {

    @Bean(destroyMethod = "shutdown")
    MongoServer embeddedMongoServer() {
        MongoServer server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        return server;
    }

    /** Replaces the auto-configured Database: the server's port is known only once it is bound. */
    @Bean(destroyMethod = "close")
    Database ar4jDatabase(MongoServer server) {
        InetSocketAddress address = server.getLocalAddress();
        return Database.builder().url("mongodb://127.0.0.1:" + address.getPort() + "/conduit").build();
    }
}
