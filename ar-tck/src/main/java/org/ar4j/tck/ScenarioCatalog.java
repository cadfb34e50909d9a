package org.ar4j.tck;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import java.util.Collection;

/**
 * Every scenario the TCK ships, found by scanning the scenario package of the TCK jar itself:
 * the reference the count guard compares a run against. A scenario is a {@code @Test} or
 * {@code @TestFactory} method of a concrete {@link TckScenario} subclass, named
 * {@code SimpleClassName#method}.
 */
public final class ScenarioCatalog {
    static final String PACKAGE = "org.ar4j.tck.scenarios";

    private ScenarioCatalog() {
    }

    /** Every scenario in the TCK, sorted. */
    public static List<String> all() {
        TreeSet<String> out = new TreeSet<>();
        for (Class<?> c : scenarioClasses()) {
            for (Method m : c.getDeclaredMethods()) {
                if (m.isAnnotationPresent(Test.class) || m.isAnnotationPresent(TestFactory.class)) {
                    out.add(id(c, m));
                }
            }
        }
        return new ArrayList<>(out);
    }

    /** The identifier of one scenario method. */
    public static String id(Class<?> c, Method m) {
        return c.getSimpleName() + "#" + m.getName();
    }

    static List<Class<?>> scenarioClasses() {
        List<String> names = new ArrayList<>();
        String dir = PACKAGE.replace('.', '/');
        try {
            Path location = Path.of(TckScenario.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(location)) {
                try (Stream<Path> files = Files.list(location.resolve(dir))) {
                    files.map(p -> p.getFileName().toString()).forEach(names::add);
                }
            } else {
                try (JarFile jar = new JarFile(location.toFile())) {
                    Enumeration<JarEntry> entries = jar.entries();
                    while (entries.hasMoreElements()) {
                        String n = entries.nextElement().getName();
                        if (n.startsWith(dir + "/") && n.indexOf('/', dir.length() + 1) < 0) {
                            names.add(n.substring(dir.length() + 1));
                        }
                    }
                }
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("Cannot list the TCK's scenario classes", e);
        }
        List<Class<?>> classes = new ArrayList<>();
        for (String n : names) {
            if (!n.endsWith(".class") || n.equals("package-info.class")) {
                continue;
            }
            String cls = PACKAGE + "." + n.substring(0, n.length() - ".class".length()).replace('/', '.');
            try {
                Class<?> c = Class.forName(cls, false, TckScenario.class.getClassLoader());
                if (TckScenario.class.isAssignableFrom(c) && !Modifier.isAbstract(c.getModifiers())
                        && c.getEnclosingClass() == null) {
                    classes.add(c);
                }
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("Cannot load TCK scenario class " + cls, e);
            }
        }
        return classes;
    }

    /** The scenarios of {@code expected} missing from {@code executed}: what a broken run lost. */
    public static List<String> missing(List<String> expected, Collection<String> executed) {
        List<String> out = new ArrayList<>();
        for (String s : expected) {
            if (!executed.contains(s)) {
                out.add(s);
            }
        }
        return out;
    }
}
