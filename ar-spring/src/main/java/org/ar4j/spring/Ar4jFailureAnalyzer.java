package org.ar4j.spring;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

import org.ar4j.ConfigurationException;

/**
 * Turns an ar4j configuration error at start-up (a misspelled {@code spring.ar4j.*} key, an unknown backend setting,
 * no backend for the URL) into Spring Boot's "APPLICATION FAILED TO START" report, with the message as the
 * description and the fix as the action, instead of the sixth cause of a long stack trace.
 */
final class Ar4jFailureAnalyzer extends AbstractFailureAnalyzer<ConfigurationException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, ConfigurationException cause) {
        String message = cause.getMessage();
        int fix = fixStart(message);
        String description = fix < 0 ? message : message.substring(0, fix).trim();
        String action = fix < 0 ? "Correct the ar4j configuration named above. The spring.ar4j settings are: "
                + String.join(", ", PropertyNames.KNOWN) + "; backend properties go under spring.ar4j.properties.*"
                : message.substring(fix).trim();
        return new FailureAnalysis("ar4j could not open its Database: " + description, action, cause);
    }

    /** Where the message turns from what is wrong to what to do ("did you mean", "Fix:", "set it"), or -1. */
    private static int fixStart(String message) {
        int best = -1;
        for (String marker : new String[] {"did you mean", "Fix:", "Known settings:", "The spring.ar4j settings are:"}) {
            int at = message.indexOf(marker);
            if (at >= 0 && (best < 0 || at < best)) {
                best = at;
            }
        }
        return best;
    }
}
