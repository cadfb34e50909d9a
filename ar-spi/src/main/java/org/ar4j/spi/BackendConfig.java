package org.ar4j.spi;

import org.ar4j.HostTransactions;
import java.util.Map;

import javax.sql.DataSource;

import org.ar4j.QueryListener;
import java.util.regex.Pattern;

/**
 * What a {@link BackendProvider} receives to open a {@link Backend}.
 *
 * @param url              the connection URL (for a given DataSource, the URL its connections report)
 * @param properties       settings such as {@code pool.maxSize}, {@code user}, {@code password}
 * @param listener         where the backend reports every statement or command it executes
 * @param dataSource       the application's DataSource to use instead of a pool of the backend's own
 *                         (never closed by ar4j), or null
 * @param hostTransactions the host framework's transactions, or null
 * @param reportParameters whether reported statements carry their bound values
 */
public record BackendConfig(String url, Map<String, String> properties, QueryListener listener, DataSource dataSource,
                            HostTransactions hostTransactions, boolean reportParameters) {
    /** Copies the properties. */
    public BackendConfig {
        properties = Map.copyOf(properties);
    }

    /** A configuration for a URL alone: a pool of the backend's own, no host transactions. */
    public BackendConfig(String url, Map<String, String> properties, QueryListener listener) {
        this(url, properties, listener, null, null, false);
    }

    /** Whether the calling thread is inside a transaction of the host framework. */
    public boolean inHostTransaction() {
        return hostTransactions != null && hostTransactions.isActive();
    }

    /** The URL with any password ({@code user:secret@} or {@code password=...}) replaced by {@code ****}. */
    public String redactedUrl() {
        return redact(url);
    }

    /** A URL with any password replaced by {@code ****}: the one way ar4j shows a URL in a message or log. */
    public static String redact(String url) {
        if (url == null) {
            return null;
        }
        return PASSWORD_PARAM.matcher(USERINFO.matcher(url).replaceAll("$1****$3")).replaceAll("$1****");
    }

    private static final Pattern USERINFO = Pattern.compile("(//[^/:@]*:)([^@/]*)(@)");
    private static final Pattern PASSWORD_PARAM =
            Pattern.compile("(?i)(password=)([^&;]*)");

    /** A property, or a default. */
    public String property(String key, String defaultValue) {
        return properties.getOrDefault(key, defaultValue);
    }
}
