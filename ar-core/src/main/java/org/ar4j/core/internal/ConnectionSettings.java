package org.ar4j.core.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.TreeSet;

import javax.sql.DataSource;

import org.ar4j.ConfigurationException;
import org.ar4j.core.internal.meta.Naming;
import org.ar4j.spi.BackendProvider;

/** Checks a database's settings before any connection is opened: property keys, and a DataSource's URL. */
final class ConnectionSettings {
    private ConnectionSettings() {
    }

    /** The URL a DataSource's connections report, to choose the backend by. */
    static String urlOf(DataSource dataSource) {
        if (dataSource == null) {
            throw new ConfigurationException("No URL and no DataSource to connect to");
        }
        try (Connection c = dataSource.getConnection()) {
            String url = c.getMetaData().getURL();
            if (url == null) {
                throw new ConfigurationException("The DataSource's connections report no URL, so ar4j cannot tell"
                        + " which backend to use: name it with Database.builder().backend(\"...\")");
            }
            return url;
        } catch (SQLException e) {
            throw new ConfigurationException("Cannot get a connection from the DataSource given to ar4j ("
                    + dataSource.getClass().getName() + "): " + e.getMessage(), e);
        }
    }

    /** A DataSource is only for backends that run on one. */
    static void checkDataSource(BackendProvider provider) {
        if (!provider.acceptsDataSource()) {
            throw new ConfigurationException("The " + provider.name() + " backend connects by URL only (" + provider.urlPattern()
                    + ") and cannot run on a javax.sql.DataSource: use Database.builder().url(...) for it");
        }
    }

    /**
     * On the application's DataSource ar4j opens no pool of its own, so a {@code pool.*} setting would be ignored:
     * refused, naming where the pool is configured instead.
     */
    static void checkNoPoolSettings(Map<String, String> properties) {
        for (String key : properties.keySet()) {
            if (key.startsWith("pool.")) {
                throw new ConfigurationException("The setting '" + key + "' configures ar4j's own connection pool, but"
                        + " this database runs on the application's DataSource, which has its own pool: set it there"
                        + " (under Spring Boot, spring.datasource.hikari.*) and remove '" + key + "'");
            }
        }
    }

    /** Every property key must be one the backend reads: a typo is an error, never silently ignored. */
    static void checkProperties(Map<String, String> properties, BackendProvider provider) {
        TreeSet<String> known = new TreeSet<>(provider.propertyKeys());
        for (String key : properties.keySet()) {
            if (!known.contains(key)) {
                String closest = Naming.closest(key, known);
                throw new ConfigurationException("Unknown setting '" + key + "' for the " + provider.name()
                        + " backend" + (closest == null ? "" : "; did you mean '" + closest + "'?") + " Known settings: "
                        + (known.isEmpty() ? "(none)" : String.join(", ", known)));
            }
        }
    }
}
