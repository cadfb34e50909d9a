package org.ar4j.spi.arch;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/** The SPI depends on the JDK and the user API's types (exceptions, listener, Order), never on the engine. */
class SpiArchitectureTest {
    @Test
    void dependsOnTheJdkAndTheUserApiOnly() {
        classes().that().resideInAPackage("org.ar4j.spi")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax.sql..", "org.ar4j", "org.ar4j.query",
                        "org.ar4j.spi")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.ar4j.spi"));
    }
}
