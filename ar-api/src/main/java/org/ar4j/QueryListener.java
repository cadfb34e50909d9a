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

    /**
     * Whether events would be looked at now; a backend may skip building one when not (ar-core's database answers
     * false while no listener is registered, its statement log is off and no slow-statement threshold is set).
     * True by default.
     */
    default boolean wantsEvents() {
        return true;
    }
}
