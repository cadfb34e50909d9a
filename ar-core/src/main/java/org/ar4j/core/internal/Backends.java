package org.ar4j.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.ar4j.ConfigurationException;
import org.ar4j.spi.BackendConfig;
import org.ar4j.spi.BackendProvider;
import java.io.IOException;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds the backend for a URL among the {@link BackendProvider}s on the classpath. An explicit
 * name wins; otherwise exactly one provider must accept the URL. A provider that fails to load
 * is reported but does not hide the others.
 */
final class Backends {
    private static final Logger LOG = LoggerFactory.getLogger(Backends.class);

    /**
     * URL prefixes of first-party backends and the jar that provides each, only to tell users
     * which jar to add. Kept as data (a resource) so that core's code names no database.
     */
    private static final Properties KNOWN = loadKnown();

    private static Properties loadKnown() {
        Properties p = new Properties();
        try (var in = Backends.class.getResourceAsStream("/META-INF/ar4j/known-backends.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            LOG.debug("known-backends.properties unreadable; error messages will not name jars", e);
        }
        return p;
    }

    private Backends() {
    }

    record Found(List<BackendProvider> providers, List<String> broken) {
    }

    static Found discover() {
        List<BackendProvider> providers = new ArrayList<>();
        List<String> broken = new ArrayList<>();
        ClassLoader[] loaders = {BackendProvider.class.getClassLoader(), Thread.currentThread().getContextClassLoader()};
        Set<String> seen = new HashSet<>();
        for (ClassLoader cl : loaders) {
            if (cl == null) {
                continue;
            }
            var it = ServiceLoader.load(BackendProvider.class, cl).iterator();
            while (true) {
                try {
                    if (!it.hasNext()) {
                        break;
                    }
                    BackendProvider p = it.next();
                    if (seen.add(p.getClass().getName())) {
                        providers.add(p);
                    }
                } catch (ServiceConfigurationError | LinkageError e) {
                    String msg = e.getMessage() + (e.getCause() != null ? " (" + e.getCause() + ")" : "");
                    if (!broken.contains(msg)) {
                        broken.add(msg);
                        LOG.warn("A backend provider failed to load and is skipped: {}", msg);
                    }
                }
            }
        }
        return new Found(providers, broken);
    }

    static BackendProvider choose(String url, String explicit) {
        Found found = discover();
        if (explicit != null) {
            for (BackendProvider p : found.providers) {
                if (p.name().equalsIgnoreCase(explicit)) {
                    return p;
                }
            }
            throw new ConfigurationException("No backend named '" + explicit + "' is on the classpath. "
                    + describe(found) + hintFor(url));
        }
        List<BackendProvider> accepting = new ArrayList<>();
        for (BackendProvider p : found.providers) {
            try {
                if (p.accepts(url)) {
                    accepting.add(p);
                }
            } catch (RuntimeException e) {
                LOG.warn("Backend provider {} failed to judge a URL and is skipped", p.name(), e);
            }
        }
        if (accepting.size() == 1) {
            return accepting.get(0);
        }
        if (accepting.isEmpty()) {
            throw new ConfigurationException("No ar4j backend accepts the URL '" + BackendConfig.redact(url) + "'. "
                    + describe(found) + hintFor(url));
        }
        StringBuilder names = new StringBuilder();
        for (BackendProvider p : accepting) {
            names.append(names.length() == 0 ? "" : ", ").append(p.name()).append(" (").append(p.artifact())
                    .append(", ").append(p.getClass().getName()).append(")");
        }
        throw new ConfigurationException("Several ar4j backends accept the URL '" + BackendConfig.redact(url) + "': " + names
                + ". Remove all but one of these jars from the classpath, or pick one with"
                + " Database.builder().backend(\"" + accepting.get(0).name() + "\")");
    }

    private static String describe(Found found) {
        StringBuilder sb = new StringBuilder("Backends on the classpath: ");
        if (found.providers.isEmpty()) {
            sb.append("none");
        }
        for (int i = 0; i < found.providers.size(); i++) {
            BackendProvider p = found.providers.get(i);
            sb.append(i == 0 ? "" : ", ").append(p.name()).append(" (").append(p.urlPattern()).append(", ")
                    .append(p.artifact()).append(")");
        }
        sb.append('.');
        if (!found.broken.isEmpty()) {
            sb.append(" Backends that failed to load: ").append(String.join("; ", found.broken)).append('.');
        }
        return sb.toString();
    }

    private static String hintFor(String url) {
        if (url == null) {
            return "";
        }
        for (String prefix : KNOWN.stringPropertyNames()) {
            if (url.startsWith(prefix)) {
                return " Add " + KNOWN.getProperty(prefix) + " to the classpath for " + prefix + " URLs.";
            }
        }
        return " URL prefixes with first-party backends: " + String.join(", ", new TreeSet<>(KNOWN.stringPropertyNames())) + ".";
    }
}
