package org.ar4j.spi;

/**
 * Discovered through {@link java.util.ServiceLoader}: register the implementation in
 * {@code META-INF/services/org.ar4j.spi.BackendProvider}. It must have a public no-argument
 * constructor that does nothing expensive; work belongs in {@link #open(BackendConfig)}.
 */
public interface BackendProvider {
    /** A short unique name, used to pick the backend explicitly: {@code sqlite}, {@code postgres}. */
    String name();

    /** Whether this backend handles the URL, judged from its scheme alone. */
    boolean accepts(String url);

    /** The URL prefixes accepted, for error messages listing the backends available. */
    String urlPattern();

    /** The Maven coordinates of the jar that holds this provider, for error messages. */
    String artifact();

    /**
     * The {@link BackendConfig#properties()} keys this backend reads; ar-core refuses any other key with a
     * {@link org.ar4j.ConfigurationException} listing these, so a typo is never silently ignored.
     */
    default java.util.Set<String> propertyKeys() {
        return java.util.Set.of();
    }

    /**
     * Whether this backend can run on an application's {@link javax.sql.DataSource}
     * ({@link BackendConfig#dataSource()}); a backend that connects by URL only says no, and ar-core then
     * refuses a DataSource with a clear {@link org.ar4j.ConfigurationException}.
     */
    default boolean acceptsDataSource() {
        return false;
    }

    /** Opens a backend; failures name host, database and cause, never the password. */
    Backend open(BackendConfig config);
}
