package org.ar4j.backend.mongo;

import java.util.Set;

import org.ar4j.spi.Backend;
import org.ar4j.spi.BackendConfig;
import org.ar4j.spi.UrlBackendProvider;

/** Provides the MongoDB backend for {@code mongodb://} and {@code mongodb+srv://} URLs. Stateless. */
public final class MongoBackendProvider extends UrlBackendProvider {
    /** Called by {@link java.util.ServiceLoader}. */
    public MongoBackendProvider() {
        super("mongo", "org.ar4j:ar-backend-mongo", "mongodb://", "mongodb+srv://");
    }

    /** How long the client waits to find a server (default 10000 ms). */
    @Override
    public Set<String> propertyKeys() {
        return Set.of("mongo.serverSelectionTimeoutMs");
    }

    @Override
    public Backend open(BackendConfig config) {
        return MongoBackend.open(config);
    }
}
