package org.ar4j.arch;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/** ar-api is what applications compile against: it depends on the JDK and on itself, nothing else, not even the SPI. */
class ApiArchitectureTest {
    private static final JavaClasses API = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.ar4j");

    @Test
    void dependsOnNothingOutsideTheJdk() {
        classes().that().resideInAnyPackage("org.ar4j", "org.ar4j.query", "org.ar4j.relation", "org.ar4j.internal.engine",
                        "org.ar4j.schema")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax..", "org.ar4j",
                        "org.ar4j.query", "org.ar4j.relation", "org.ar4j.internal.engine", "org.ar4j.schema")
                .check(API);
    }

    /** One package is not API: the engine bridge, named internal and left out of the javadoc. */
    @Test
    void theEngineBridgeIsTheOnlyInternalPackage() {
        classes().that().resideInAPackage("org.ar4j..")
                .should().resideInAnyPackage("org.ar4j", "org.ar4j.query", "org.ar4j.relation", "org.ar4j.internal.engine",
                        "org.ar4j.schema")
                .check(API);
    }

    /** The backend SPI is a module of its own (ar-spi): nothing in the user API names it. */
    @Test
    void namesNoSpiType() {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses().that().resideInAPackage("org.ar4j..")
                .should().dependOnClassesThat().resideInAPackage("org.ar4j.spi..").check(API);
    }
}
