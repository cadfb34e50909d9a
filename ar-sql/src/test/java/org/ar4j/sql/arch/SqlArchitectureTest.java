package org.ar4j.sql.arch;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * ar-sql's public package is what a dialect author writes against: it never hands out an internal type, and only
 * the provider base, which opens the backend, reaches into the implementation.
 */
class SqlArchitectureTest {
    private static final JavaClasses SQL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.ar4j.sql");

    @Test
    void thePublicPackageUsesNoInternalTypeButToOpenTheBackend() {
        noClasses().that().resideInAPackage("org.ar4j.sql").and().doNotHaveSimpleName("SqlBackendProvider")
                .should().dependOnClassesThat().resideInAPackage("org.ar4j.sql.internal..")
                .check(SQL);
    }

    @Test
    void noPublicSignatureNamesAnInternalType() {
        methods().that().areDeclaredInClassesThat().resideInAPackage("org.ar4j.sql")
                .and().doNotHaveModifier(JavaModifier.PRIVATE)
                .should().notHaveRawReturnType(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "an internal type", (com.tngtech.archunit.core.domain.JavaClass c) ->
                                c.getPackageName().startsWith("org.ar4j.sql.internal")))
                .check(SQL);
    }
}
