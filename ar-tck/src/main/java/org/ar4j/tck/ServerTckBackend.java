package org.ar4j.tck;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A {@link TckBackend} for a database server: the URL comes from an environment variable when it
 * is set, else from a container the subclass starts (for example with Testcontainers, which stays
 * the subclass's dependency, not the TCK's), else the backend is unavailable with the reason
 * printed. The container is started once, on first use, and stopped at the end of the run.
 */
public abstract class ServerTckBackend implements TckBackend {
    private String containerUrl;

    /** The environment variable holding the server's URL, for example {@code AR_TEST_POSTGRES_URL}. */
    protected abstract String environmentVariable();

    /**
     * Whether a Docker engine may be reachable here: {@code DOCKER_HOST} is set, a Testcontainers
     * configuration file exists, or a Docker socket does. Ask this before Testcontainers, which logs an
     * ERROR when it finds no Docker at all.
     */
    public static boolean dockerConfigured() {
        String host = System.getenv("DOCKER_HOST");
        if (host != null && !host.isBlank()) {
            return true;
        }
        String home = System.getProperty("user.home", "");
        for (Path p : List.of(Path.of("/var/run/docker.sock"), Path.of(home, ".docker", "run", "docker.sock"),
                Path.of(home, ".docker", "desktop", "docker.sock"), Path.of(home, ".testcontainers.properties"))) {
            if (Files.exists(p)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a container can be started here (for example: Docker is available). */
    protected abstract boolean canStartContainer();

    /** Starts the container and returns its URL. */
    protected abstract String startContainer();

    /** Stops the container started by {@link #startContainer()}. */
    protected abstract void stopContainer();

    private String fromEnvironment() {
        String url = System.getenv(environmentVariable());
        return url == null || url.isBlank() ? null : url;
    }

    @Override
    public final synchronized String url() {
        String url = fromEnvironment();
        if (url != null) {
            return url;
        }
        if (containerUrl == null) {
            containerUrl = startContainer();
        }
        return containerUrl;
    }

    @Override
    public final Optional<String> unavailable() {
        if (fromEnvironment() != null || canStartContainer()) {
            return Optional.empty();
        }
        return Optional.of(environmentVariable() + " is not set and no container can be started (Docker is not available)");
    }

    @Override
    public final synchronized void shutdown() {
        if (containerUrl != null) {
            stopContainer();
            containerUrl = null;
        }
    }
}
