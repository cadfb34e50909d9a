package org.ar4j.examples.conduit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A fresh folder for a test's SQLite file, known before the Spring context starts. */
final class TestDatabases {
    private TestDatabases() {
    }

    static Path tempDir() {
        try {
            Path dir = Files.createTempDirectory("conduit-test");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
