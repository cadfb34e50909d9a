package com.example.ar4j.h2;

import org.ar4j.sql.SqlBackendProvider;
import org.ar4j.sql.SqlDialect;

// tag::provider[]
/** Provides the H2 backend for {@code jdbc:h2:} URLs. Stateless: the work happens when ar4j opens it. */
public final class H2BackendProvider extends SqlBackendProvider {
    /** Called by {@link java.util.ServiceLoader}; does nothing expensive. */
    public H2BackendProvider() {
        super("h2", "com.example:ar4j-dialect-h2", "jdbc:h2:");
    }

    @Override
    protected SqlDialect newDialect() {
        return new H2Dialect();
    }
}
// end::provider[]
