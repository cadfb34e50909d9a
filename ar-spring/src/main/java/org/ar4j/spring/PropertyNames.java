package org.ar4j.spring;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.Environment;
import org.springframework.core.env.PropertySource;

import org.ar4j.ConfigurationException;

/**
 * Refuses a {@code spring.ar4j.*} key that names no setting (a typo such as {@code slow-statment-threshold} would
 * otherwise be ignored silently), naming the closest known key. Keys compare as Spring's relaxed binding does:
 * case, dashes and underscores aside. {@code spring.ar4j.properties.*} are backend properties, checked by the backend.
 */
final class PropertyNames {
    static final String PREFIX = "spring.ar4j.";
    /** The settings: the fields of {@link Ar4jProperties}, in the dashed form the documentation uses. */
    static final List<String> KNOWN = java.util.Arrays.stream(Ar4jProperties.class.getDeclaredFields())
            .filter(f -> !java.lang.reflect.Modifier.isStatic(f.getModifiers()))
            .map(f -> f.getName().replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT)).toList();

    private PropertyNames() {
    }

    static void check(Environment environment) {
        if (!(environment instanceof ConfigurableEnvironment env)) {
            return;
        }
        Set<String> unknown = new TreeSet<>();
        for (PropertySource<?> source : env.getPropertySources()) {
            if (source instanceof EnumerablePropertySource<?> e) {
                for (String name : e.getPropertyNames()) {
                    String key = relaxed(name);
                    if (key.startsWith(relaxed(PREFIX)) && !known(key.substring(relaxed(PREFIX).length()))) {
                        unknown.add(name);
                    }
                }
            }
        }
        if (!unknown.isEmpty()) {
            List<String> hints = new ArrayList<>();
            for (String name : unknown) {
                String rest = relaxed(name).substring(relaxed(PREFIX).length());
                hints.add(name + " (did you mean " + PREFIX + closest(rest) + "?)");
            }
            throw new ConfigurationException("Unknown ar4j setting" + (unknown.size() == 1 ? "" : "s") + ": "
                    + String.join(", ", hints) + ". The spring.ar4j settings are: " + String.join(", ", KNOWN)
                    + " (backend properties go under spring.ar4j.properties.*)");
        }
    }

    private static boolean known(String rest) {
        for (String k : KNOWN) {
            String r = relaxed(k);
            if (rest.equals(r) || (k.equals("properties") && rest.startsWith(r + "."))
                    || (k.equals("properties") && rest.startsWith(r + "["))) {
                return true;
            }
        }
        return false;
    }

    /** Lower case without dashes and underscores, as relaxed binding compares names. */
    private static String relaxed(String name) {
        return name.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
    }

    /**
     * The known key sharing the longest start with the given one, then the most characters from its end: enough to
     * point a typo (slow-statment-threshold) or a case or separator slip at its setting.
     */
    private static String closest(String rest) {
        String best = KNOWN.get(0);
        int bestScore = -1;
        for (String k : KNOWN) {
            String r = relaxed(k);
            int prefix = 0;
            while (prefix < Math.min(r.length(), rest.length()) && r.charAt(prefix) == rest.charAt(prefix)) {
                prefix++;
            }
            int suffix = 0;
            while (suffix < Math.min(r.length(), rest.length()) - prefix
                    && r.charAt(r.length() - 1 - suffix) == rest.charAt(rest.length() - 1 - suffix)) {
                suffix++;
            }
            if (prefix + suffix > bestScore) {
                bestScore = prefix + suffix;
                best = k;
            }
        }
        return best;
    }
}
