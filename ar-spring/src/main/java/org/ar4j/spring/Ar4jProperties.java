package org.ar4j.spring;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

import org.ar4j.LoadMode;

/**
 * ar4j's settings under {@code spring.ar4j}. Without a {@code url}, the database uses the application's
 * DataSource (and shares its transactions); with one (or with no DataSource at all), ar4j connects to
 * the URL itself, as {@code Database.connect(url)} does ({@code AR_DATABASE_URL} when neither is set).
 */
@ConfigurationProperties(prefix = "spring.ar4j")
public class Ar4jProperties {
    /** The connection URL ar4j opens itself; unset to use the application's DataSource. */
    private String url;
    /** The backend to use by name (sqlite, postgres, mysql, mongo), when the URL does not choose one. */
    private String backend;
    /** How relations of loaded records load lazily, for queries that set no mode. */
    private LoadMode loadMode = LoadMode.PEERS;
    /** Statements slower than this are logged at WARN with their model, rows and duration; unset for none. */
    private Duration slowStatementThreshold;
    /** Whether statement events and the statement log carry the bound values. */
    private boolean logParameters;
    /** Backend properties (user, password, pool.maxSize, sqlite.busyTimeoutMs, ...), as Database.builder().property. */
    private Map<String, String> properties = new LinkedHashMap<>();

    /** The connection URL ar4j opens itself; unset to use the application's DataSource. */
    public String getUrl() {
        return url;
    }

    /** Sets {@link #getUrl()}. */
    public void setUrl(String url) {
        this.url = url;
    }

    /** A backend name to use instead of choosing by URL, for example {@code postgres}. */
    public String getBackend() {
        return backend;
    }

    /** Sets {@link #getBackend()}. */
    public void setBackend(String backend) {
        this.backend = backend;
    }

    /** The load mode of queries that set none: PEERS (default), ONE or STRICT. */
    public LoadMode getLoadMode() {
        return loadMode;
    }

    /** Sets {@link #getLoadMode()}. */
    public void setLoadMode(LoadMode loadMode) {
        this.loadMode = loadMode;
    }

    /** Statements slower than this are logged at WARN on {@code org.ar4j.sql}; unset for none. */
    public Duration getSlowStatementThreshold() {
        return slowStatementThreshold;
    }

    /** Sets {@link #getSlowStatementThreshold()}. */
    public void setSlowStatementThreshold(Duration slowStatementThreshold) {
        this.slowStatementThreshold = slowStatementThreshold;
    }

    /** Whether statement logs and events carry bound values (off by default). */
    public boolean isLogParameters() {
        return logParameters;
    }

    /** Sets {@link #isLogParameters()}. */
    public void setLogParameters(boolean logParameters) {
        this.logParameters = logParameters;
    }

    /** Backend properties, for example {@code pool.maxSize} when ar4j opens its own pool. */
    public Map<String, String> getProperties() {
        return properties;
    }

    /** Sets {@link #getProperties()}. */
    public void setProperties(Map<String, String> properties) {
        this.properties = properties;
    }
}
