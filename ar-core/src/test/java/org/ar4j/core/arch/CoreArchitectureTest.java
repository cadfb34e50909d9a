package org.ar4j.core.arch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * ar-core implements everything once, for every backend: it never names a specific database.
 * Differences between databases are capabilities and dialect hooks, never a switch in core.
 */
class CoreArchitectureTest {
    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.ar4j.core");

    @Test
    void dependsOnNoDriverAndNoBackendModule() {
        noClasses().that().resideInAPackage("org.ar4j.core..")
                .should().dependOnClassesThat().resideInAnyPackage("org.sqlite..", "org.postgresql..", "com.mysql..",
                        "org.mariadb..", "com.mongodb..", "org.bson..", "org.h2..", "org.ar4j.dialect..", "org.ar4j.backend..")
                .check(CORE);
    }

    /** The internal packages by concern depend on each other without cycles. */
    @Test
    void internalPackagesAreFreeOfCycles() {
        slices().matching("org.ar4j.core.internal.(*)..").should().beFreeOfCycles().check(CORE);
    }

    /**
     * One direction: the database and engine (the root package) own everything; persistence uses queries
     * and loading; queries use loading; everything uses the session (records' state, transactions, the
     * guarded backend) and the metadata; nothing reaches back up.
     */
    @Test
    void layersPointOneWay() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("database").definedBy("org.ar4j.core.internal")
                .layer("persist").definedBy("org.ar4j.core.internal.persist..")
                .layer("query").definedBy("org.ar4j.core.internal.query..")
                .layer("load").definedBy("org.ar4j.core.internal.load..")
                .layer("session").definedBy("org.ar4j.core.internal.session..")
                .layer("meta").definedBy("org.ar4j.core.internal.meta..")
                .whereLayer("database").mayNotBeAccessedByAnyLayer()
                .whereLayer("persist").mayOnlyBeAccessedByLayers("database")
                .whereLayer("query").mayOnlyBeAccessedByLayers("database", "persist")
                .whereLayer("load").mayOnlyBeAccessedByLayers("database", "persist", "query")
                .whereLayer("session").mayOnlyBeAccessedByLayers("database", "persist", "query", "load")
                .check(CORE);
    }

    /** Not in class names, not in string constants: the compiled classes mention no database product. */
    @Test
    void compiledCodeNamesNoDatabase() throws IOException {
        List<String> offenders = new ArrayList<>();
        int scanned = 0;
        try (Stream<Path> files = Files.walk(Path.of("target/classes/org/ar4j/core"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                scanned++;
                String text = new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
                for (String db : List.of("sqlite", "postgres", "mysql", "mariadb", "mongo", "oracle", "h2database")) {
                    if (text.contains(db)) {
                        offenders.add(p.getFileName() + " mentions " + db);
                    }
                }
            }
        }
        assertThat(scanned).isGreaterThan(20);
        assertThat(offenders).isEmpty();
    }
}
