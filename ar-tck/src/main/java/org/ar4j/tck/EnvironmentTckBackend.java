package org.ar4j.tck;

/**
 * A {@link ServerTckBackend} for a server no container can stand in for (a cluster, a pooler in front of a server):
 * the URL comes only from the environment variable; without it the backend is unavailable with the reason printed.
 */
public abstract class EnvironmentTckBackend extends ServerTckBackend {
    @Override
    protected final boolean canStartContainer() {
        return false;
    }

    @Override
    protected final String startContainer() {
        throw new IllegalStateException(environmentVariable() + " is not set and no container can stand in for it");
    }

    @Override
    protected final void stopContainer() {
        // nothing was started
    }
}
