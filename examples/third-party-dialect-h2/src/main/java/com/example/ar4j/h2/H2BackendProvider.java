package com.example.ar4j.h2;

import org.ar4j.core.sql.SqlBackend;
import org.ar4j.spi.Backend;
import org.ar4j.spi.BackendConfig;
import org.ar4j.spi.BackendProvider;

// tag::provider[]
/** Provides the H2 backend for {@code jdbc:h2:} URLs. Stateless: all work happens in {@link #open}. */
public final class H2BackendProvider implements BackendProvider {
    /** Called by {@link java.util.ServiceLoader}; does nothing expensive. */
    public H2BackendProvider() {
    }

    @Override
    public String name() {
        return "h2";
    }

    @Override
    public boolean accepts(String url) {
        return url != null && url.startsWith("jdbc:h2:");
    }

    @Override
    public String urlPattern() {
        return "jdbc:h2:";
    }

    @Override
    public String artifact() {
        return "com.example:ar4j-dialect-h2";
    }

    @Override
    public Backend open(BackendConfig config) {
        return SqlBackend.open(new H2Dialect(), config);
    }
}
// end::provider[]
