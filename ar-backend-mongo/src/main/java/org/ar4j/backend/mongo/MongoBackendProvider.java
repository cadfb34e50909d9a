package org.ar4j.backend.mongo;

import org.ar4j.spi.Backend;
import org.ar4j.spi.BackendConfig;
import org.ar4j.spi.BackendProvider;

/** Provides the MongoDB backend for {@code mongodb://} and {@code mongodb+srv://} URLs. Stateless. */
public final class MongoBackendProvider implements BackendProvider {
    /** Called by {@link java.util.ServiceLoader}. */
    public MongoBackendProvider() {
    }

    @Override
    public String name() {
        return "mongo";
    }

    @Override
    public boolean accepts(String url) {
        return url != null && (url.startsWith("mongodb://") || url.startsWith("mongodb+srv://"));
    }

    @Override
    public String urlPattern() {
        return "mongodb://, mongodb+srv://";
    }

    @Override
    public String artifact() {
        return "org.ar4j:ar-backend-mongo";
    }

    @Override
    public Backend open(BackendConfig config) {
        return MongoBackend.open(config);
    }
}
