package org.ar4j.arch;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/** ar-api is what applications compile against: it depends on the JDK and on itself, nothing else. */
class ApiArchitectureTest {
    private static final JavaClasses API = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.ar4j");

    @Test
    void dependsOnNothingOutsideTheJdk() {
        classes().that().resideInAnyPackage("org.ar4j", "org.ar4j.query", "org.ar4j.relation", "org.ar4j.spi", "org.ar4j.engine", "org.ar4j.schema")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax..", "org.ar4j",
                        "org.ar4j.query", "org.ar4j.relation", "org.ar4j.spi", "org.ar4j.engine", "org.ar4j.schema")
                .check(API);
    }

    @Test
    void hasNoInternalPackages() {
        classes().that().resideInAPackage("org.ar4j..")
                .should().resideInAnyPackage("org.ar4j", "org.ar4j.query", "org.ar4j.relation", "org.ar4j.spi", "org.ar4j.engine", "org.ar4j.schema")
                .check(API);
    }

    /** The backend SPI stands on its own: backend authors never meet the engine bridge. */
    @Test
    void spiDoesNotReachTheEngine() {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses().that().resideInAPackage("org.ar4j.spi")
                .should().dependOnClassesThat().resideInAPackage("org.ar4j.engine").check(API);
    }
}
