package org.ar4j.dialect.sqlite.worlds;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A schema depends only on the models a database serves, never on which classes the JVM loaded before: two fresh
 * JVMs that use every fixture model in opposite orders create the blog tables with byte-identical DDL.
 */
class SchemaDeterminismTest {

    private static String ddlAfterUsingModels(String order) throws IOException, InterruptedException {
        Path dir = Files.createDirectories(Path.of("target", "worlds"));
        Path out = dir.resolve(order + ".out");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), SchemaDdlMain.class.getName(), order,
                dir.resolve(order + ".db").toString())
                .redirectErrorStream(false).redirectOutput(out.toFile())
                .redirectError(dir.resolve(order + ".err").toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("the JVM for " + order + " finished").isTrue();
        assertThat(p.exitValue()).as(Files.readString(dir.resolve(order + ".err"))).isZero();
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    @Test
    void twoLoadOrdersGiveTheSameStatements() throws Exception {
        String forward = ddlAfterUsingModels("forward");
        String reverse = ddlAfterUsingModels("reverse");
        List<String> statements = forward.lines().toList();
        assertThat(statements).as("tables and indexes were created").anyMatch(l -> l.startsWith("CREATE TABLE"))
                .anyMatch(l -> l.startsWith("CREATE INDEX"));
        assertThat(reverse).isEqualTo(forward);
    }
}
