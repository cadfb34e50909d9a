package org.ar4j.examples.conduit;

import java.net.InetSocketAddress;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.ar4j.Database;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.SimpleTransactionStatus;

/**
 * Profile {@code mongo}: ar4j's Database on MongoDB — the server at {@code CONDUIT_MONGO_URL}, else an in-process
 * MongoDB wire server (mongo-java-server, in memory) for trying the backend on a machine without one. The
 * in-process server has no transactions: {@code @Transactional} methods then run without one (the transaction
 * manager below does nothing), and the services compensate where a write spans several documents.
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

    /** Replaces the auto-configured Database: the in-process server's port is known only once it is bound. */
    @Bean(destroyMethod = "close")
    Database ar4jDatabase(@Value("${conduit.mongo-url:}") String url, ObjectProvider<MongoServer> server) {
        if (!url.isBlank()) {
            return Database.builder().url(url).build();
        }
        InetSocketAddress address = server.getObject().getLocalAddress();
        return Database.builder().url("mongodb://127.0.0.1:" + address.getPort() + "/conduit").build();
    }

    /** No transactions to manage on this server: Spring's @Transactional runs the method as it is. */
    @Bean
    PlatformTransactionManager withoutTransactions() {
        return new PlatformTransactionManager() {
            @Override
            public TransactionStatus getTransaction(TransactionDefinition definition) {
                return new SimpleTransactionStatus();
            }

            @Override
            public void commit(TransactionStatus status) {
                // nothing was begun
            }

            @Override
            public void rollback(TransactionStatus status) {
                // nothing to undo: the services compensate where a write spans several documents
            }
        };
    }
}
