package org.ar4j.spi;

import java.util.List;
import java.util.Objects;

/**
 * A {@link BackendProvider} that accepts URLs by their prefixes: extend it, pass the name, the jar's
 * coordinates and the prefixes, and implement {@link #open}.
 */
public abstract class UrlBackendProvider implements BackendProvider {
    private final String name;
    private final String artifact;
    private final List<String> prefixes;

    /**
     * Creates the provider.
     *
     * @param name     the backend name, for example {@code sqlite}
     * @param artifact the Maven coordinates of the jar, for example {@code org.ar4j:ar-dialect-sqlite}
     * @param prefixes the URL prefixes accepted, for example {@code jdbc:sqlite:}
     */
    protected UrlBackendProvider(String name, String artifact, String... prefixes) {
        this.name = Objects.requireNonNull(name, "name");
        this.artifact = Objects.requireNonNull(artifact, "artifact");
        this.prefixes = List.of(prefixes);
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final boolean accepts(String url) {
        if (url == null) {
            return false;
        }
        for (String p : prefixes) {
            if (url.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public final String urlPattern() {
        return String.join(", ", prefixes);
    }

    @Override
    public final String artifact() {
        return artifact;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + name + "]";
    }
}
