package org.ar4j;


/**
 * A feature was used on a backend that does not declare the {@link Capability} it needs.
 * The message names the backend and the capability.
 */
public class UnsupportedCapabilityException extends Ar4jException {
    private static final long serialVersionUID = 1L;
    private final String backend;
    private final Capability capability;

    /** Creates the exception for a backend name and the capability it lacks. */
    public UnsupportedCapabilityException(String backend, Capability capability, String feature) {
        super("The " + backend + " backend does not support " + feature
                + " (it does not declare the " + capability + " capability)");
        this.backend = backend;
        this.capability = capability;
    }

    /** The name of the backend that lacks the capability. */
    public String backend() {
        return backend;
    }

    /** The capability that is missing. */
    public Capability capability() {
        return capability;
    }
}
