package org.ar4j.tools;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line's usage error and version numbering; writing a script is tested in examples/flyway. */
class FlywayMigrationsTest {
    @Test
    void wrongUsageReturnsTwoAndPrintsTheUsageWithoutExiting() throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = FlywayMigrations.run(new String[] {"jdbc:sqlite:x.db"}, System.out,
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(status).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: FlywayMigrations <url> <folder>");
    }

    @Test
    void theNextVersionIsOneAboveTheHighestVersionedFile(@TempDir Path folder) throws Exception {
        assertThat(FlywayMigrations.highestVersion(folder.resolve("missing"))).isZero();
        Files.writeString(folder.resolve("V2__a.sql"), "");
        Files.writeString(folder.resolve("V10__b.sql"), "");
        Files.writeString(folder.resolve("R__repeatable.sql"), "");
        assertThat(FlywayMigrations.highestVersion(folder)).isEqualTo(10);
    }
}
