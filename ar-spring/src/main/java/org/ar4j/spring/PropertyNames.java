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

    private static String closest(String rest) {
        String best = KNOWN.get(0);
        int bestDistance = Integer.MAX_VALUE;
        for (String k : KNOWN) {
            int d = distance(rest, relaxed(k));
            if (d < bestDistance) {
                bestDistance = d;
                best = k;
            }
        }
        return best;
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
