package org.ar4j.spi;

import java.util.Map;

import org.ar4j.QueryListener;

/**
 * What a {@link BackendProvider} receives to open a {@link Backend}.
 *
 * @param url        the connection URL
 * @param properties settings such as {@code pool.maxSize}, {@code user}, {@code password}
 * @param listener   where the backend reports every statement or command it executes
 */
public record BackendConfig(String url, Map<String, String> properties, QueryListener listener) {
    /** Copies the properties. */
    public BackendConfig {
        properties = Map.copyOf(properties);
    }

    /** A property, or a default. */
    public String property(String key, String defaultValue) {
        return properties.getOrDefault(key, defaultValue);
    }
}
