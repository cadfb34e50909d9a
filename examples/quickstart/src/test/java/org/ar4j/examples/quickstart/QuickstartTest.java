package org.ar4j.examples.quickstart;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.ar4j.Database;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuickstartTest {

    @Test
    void runsAndSavesQueries() {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (Database db = Database.connect("jdbc:sqlite::memory:")) {
            BlogApp.Counts c = BlogApp.run(db, new PrintStream(buf, true, StandardCharsets.UTF_8));
            assertThat(c.classic()).isEqualTo(6);
            assertThat(c.peers()).isEqualTo(2);
            assertThat(c.eager()).isEqualTo(3);
        }
        String out = buf.toString(StandardCharsets.UTF_8);
        assertThat(out).contains("wrote 5 authors, 15 articles, 30 remarks")
                .contains("after deleting Ken: 4 authors, 12 articles, 24 remarks");
    }

    /**
     * The application code must not depend on any backend or on ar-core at compile time: the
     * backend is a deploy-time choice. Scans the compiled classes' constant pools.
     */
    @Test
    void applicationCodeReferencesOnlyThePublicApi() throws IOException {
        Path classes = Path.of("target/classes/org/ar4j/examples/quickstart");
        List<String> offenders = new ArrayList<>();
        int scanned = 0;
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                scanned++;
                String pool = new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1);
                for (String forbidden : List.of("org/ar4j/core", "org/ar4j/dialect", "org/ar4j/backend", "org/ar4j/spi")) {
                    if (pool.contains(forbidden)) {
                        offenders.add(p.getFileName() + " references " + forbidden);
                    }
                }
            }
        }
        assertThat(scanned).isGreaterThanOrEqualTo(4);
        assertThat(offenders).isEmpty();
    }
}
