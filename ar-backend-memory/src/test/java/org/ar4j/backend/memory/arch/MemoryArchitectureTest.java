package org.ar4j.backend.memory.arch;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/** The reference backend is written against the public SPI only, as any third-party backend would be. */
class MemoryArchitectureTest {
    @Test
    void dependsOnTheJdkAndTheApiOnly() {
        classes().that().resideInAPackage("org.ar4j.backend.memory..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.ar4j", "org.ar4j.spi",
                        "org.ar4j.query", "org.ar4j.backend.memory..")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.ar4j.backend.memory"));
    }
}
