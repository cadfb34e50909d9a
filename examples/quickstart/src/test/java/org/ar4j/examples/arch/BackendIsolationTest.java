package org.ar4j.examples.arch;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The backend modules are independent: no dialect or backend imports another, and none reaches
 * into ar-core's internal packages. Checked here because this module has every backend on its
 * test classpath.
 */
class BackendIsolationTest {
    private static final JavaClasses BACKENDS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.ar4j.dialect", "org.ar4j.backend", "org.ar4j.sql", "com.example.ar4j");

    private static void isolated(String own, String... others) {
        noClasses().that().resideInAPackage(own).should().dependOnClassesThat().resideInAnyPackage(others)
                .allowEmptyShould(false).check(BACKENDS);
    }

    @Test
    void noBackendImportsAnother() {
        isolated("org.ar4j.dialect.sqlite..", "org.ar4j.dialect.postgres..", "org.ar4j.dialect.mysql..", "org.ar4j.backend..");
        isolated("org.ar4j.dialect.postgres..", "org.ar4j.dialect.sqlite..", "org.ar4j.dialect.mysql..", "org.ar4j.backend..");
        isolated("org.ar4j.dialect.mysql..", "org.ar4j.dialect.sqlite..", "org.ar4j.dialect.postgres..", "org.ar4j.backend..");
        isolated("org.ar4j.backend.mongo..", "org.ar4j.dialect..");
    }

    /** ar-core is only a runtime dependency of every backend module: no backend code compiles against it. */
    @Test
    void noBackendDependsOnCore() {
        noClasses().that().resideInAnyPackage("org.ar4j.dialect..", "org.ar4j.backend..", "org.ar4j.sql..",
                        "com.example.ar4j..")
                .should().dependOnClassesThat().resideInAPackage("org.ar4j.core..")
                .check(BACKENDS);
    }

    /** Dialects use ar-sql's published classes, not its internals. */
    @Test
    void dialectsUseOnlyPublishedSql() {
        noClasses().that().resideInAnyPackage("org.ar4j.dialect..", "com.example.ar4j..")
                .should().dependOnClassesThat().resideInAPackage("org.ar4j.sql.internal..")
                .check(BACKENDS);
    }
}
