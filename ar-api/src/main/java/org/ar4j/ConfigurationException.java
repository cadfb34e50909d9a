package org.ar4j;

/** ar4j could not be set up: no backend accepts the URL, several do, or the connection could not be opened. */
public class ConfigurationException extends Ar4jException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message. */
    public ConfigurationException(String message) {
        super(message);
    }

    /** Creates the exception with a message and a cause. */
    public ConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }
}
