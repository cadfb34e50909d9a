package org.ar4j.sql;

import java.util.Set;
import java.util.TreeSet;

import org.ar4j.spi.Backend;
import org.ar4j.spi.BackendConfig;
import org.ar4j.spi.UrlBackendProvider;
import org.ar4j.sql.internal.SqlBackend;

/**
 * The provider of a SQL backend: name the backend, its jar and its URL prefixes, and return a new dialect.
 * Register the subclass in {@code META-INF/services/org.ar4j.spi.BackendProvider}.
 *
 * <pre>{@code
 * public final class H2BackendProvider extends SqlBackendProvider {
 *     public H2BackendProvider() {
 *         super("h2", "com.example:ar4j-h2", "jdbc:h2:");
 *     }
 *
 *     protected SqlDialect newDialect() {
 *         return new H2Dialect();
 *     }
 * }
 * }</pre>
 */
public abstract class SqlBackendProvider extends UrlBackendProvider {
    /** Creates the provider; see {@link UrlBackendProvider#UrlBackendProvider(String, String, String...)}. */
    protected SqlBackendProvider(String name, String artifact, String... urlPrefixes) {
        super(name, artifact, urlPrefixes);
    }

    /** A new dialect for one backend (dialects may keep what {@link SqlDialect#initialize} reads). */
    protected abstract SqlDialect newDialect();

    /** The pool's settings (ignored with an application's DataSource), credentials, and the dialect's own. */
    @Override
    public final Set<String> propertyKeys() {
        Set<String> keys = new TreeSet<>(SqlBackend.PROPERTY_KEYS);
        keys.addAll(newDialect().connections().propertyKeys());
        return keys;
    }

    /** Every SQL backend runs on an application's DataSource as well as on a pool of its own. */
    @Override
    public final boolean acceptsDataSource() {
        return true;
    }

    @Override
    public final Backend open(BackendConfig config) {
        return SqlBackend.open(newDialect(), config);
    }
}
