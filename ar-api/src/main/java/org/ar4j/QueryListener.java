package org.ar4j;

/**
 * Sees every statement or command a {@link Database} executes. Register with
 * {@link Database#addQueryListener(QueryListener)}. Called on the thread that executed the
 * statement; implementations must be thread-safe and fast.
 */
@FunctionalInterface
public interface QueryListener {
    /** Called once per statement, after it finished or failed. */
    void onQuery(QueryEvent event);
}
