package org.ar4j.backend.memory;

import org.ar4j.spi.Backend;
import org.ar4j.spi.BackendConfig;
import org.ar4j.spi.UrlBackendProvider;

/** Opens {@code memory:<name>} URLs: one store per name in this JVM, shared by every database opened on it. */
public final class MemoryBackendProvider extends UrlBackendProvider {
    /** The provider ServiceLoader finds. */
    public MemoryBackendProvider() {
        super("memory", "org.ar4j:ar-backend-memory", "memory:");
    }

    @Override
    public Backend open(BackendConfig config) {
        return new MemoryBackend(MemoryStore.named(config.url().substring("memory:".length())), config.listener(),
                config.reportParameters());
    }
}
