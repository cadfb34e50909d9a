package com.example.ar4j.h2.arch;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** A third-party dialect needs no internal package of ar4j: the published SPI is enough. */
class H2ArchitectureTest {
    @Test
    void usesNoInternalPackage() {
        noClasses().that().resideInAPackage("com.example.ar4j.h2..")
                .should().dependOnClassesThat().resideInAnyPackage("org.ar4j..internal..")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("com.example.ar4j.h2"));
    }
}
