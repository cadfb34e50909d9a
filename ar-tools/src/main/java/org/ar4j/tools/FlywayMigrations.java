package org.ar4j.tools;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.ar4j.ConfigurationException;
import org.ar4j.Database;

/**
 * Writes {@code schema().migrationScript(...)} as the next Flyway migration of a folder:
 * {@code V<n>__<description>.sql}, n one above the highest version there. Nothing is written when the
 * database already matches the models. Run it from a build or by hand:
 *
 * <pre>
 * java org.ar4j.tools.FlywayMigrations jdbc:postgresql://db/app src/main/resources/db/migration add_post_body \
 *     com.example.Post com.example.User
 * </pre>
 */
public final class FlywayMigrations {
    private static final Pattern VERSIONED = Pattern.compile("V(\\d+)__.*\\.sql");

    private FlywayMigrations() {
    }

    /**
     * Writes the next migration for these models into {@code folder}, or nothing when the database matches.
     *
     * @return the file written, if any
     */
    public static Optional<Path> writeNext(Database db, Path folder, String description, Class<?>... models) {
        String script = db.schema().migrationScript(models);
        if (script.isEmpty()) {
            return Optional.empty();
        }
        try {
            Files.createDirectories(folder);
            Path file = folder.resolve("V" + (highestVersion(folder) + 1) + "__" + slug(description) + ".sql");
            Files.writeString(file, script, StandardCharsets.UTF_8);
            return Optional.of(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write a migration into " + folder + ": " + e.getMessage(), e);
        }
    }

    /** The highest {@code V<n>__} version in a folder, 0 when there is none. */
    public static long highestVersion(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        long max = 0;
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Matcher m = VERSIONED.matcher(p.getFileName().toString());
                if (m.matches()) {
                    max = Math.max(max, Long.parseLong(m.group(1)));
                }
            }
        }
        return max;
    }

    private static String slug(String description) {
        String s = description.trim().replaceAll("[^A-Za-z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (s.isEmpty()) {
            throw new ConfigurationException("A migration needs a description of letters or digits, got '" + description + "'");
        }
        return s;
    }

    /**
     * The command line: {@code <url> <folder> <description> <model class>...}; writes the next migration and prints
     * its path. Returns the exit status (0 written or nothing to write, 2 wrong usage) rather than exiting, so that
     * a build can call it in-process.
     */
    public static int run(String[] args, java.io.PrintStream out, java.io.PrintStream err) throws ClassNotFoundException {
        if (args.length < 4) {
            err.println("usage: FlywayMigrations <url> <folder> <description> <model class> [<model class>...]");
            return 2;
        }
        List<Class<?>> models = new ArrayList<>();
        for (int i = 3; i < args.length; i++) {
            models.add(Class.forName(args[i]));
        }
        try (Database db = Database.connect(args[0])) {
            Optional<Path> written = writeNext(db, Path.of(args[1]), args[2], models.toArray(new Class<?>[0]));
            out.println(written.map(p -> "wrote " + p).orElse("the database matches the models: nothing to write"));
        }
        return 0;
    }

    /** Entry point of {@code java org.ar4j.tools.FlywayMigrations}; exits with {@link #run}'s status when not 0. */
    public static void main(String[] args) throws ClassNotFoundException {
        int status = run(args, System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }
}
