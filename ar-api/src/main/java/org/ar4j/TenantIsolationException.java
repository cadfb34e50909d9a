package org.ar4j;

/**
 * An operation on a {@link TenantId} model that would cross tenants, or that runs with no tenant resolved: refused
 * before anything is read or written. The message names the model, the tenants involved and the fix.
 */
public class TenantIsolationException extends Ar4jException {
    private static final long serialVersionUID = 1L;

    /** An exception with a message. */
    public TenantIsolationException(String message) {
        super(message);
    }
}
