package org.ar4j.arch;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;

import org.ar4j.internal.engine.Engine;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/** ar-api is what applications compile against: it depends on the JDK and on itself, nothing else, not even the SPI. */
class ApiArchitectureTest {
    private static final JavaClasses API = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.ar4j");

    @Test
    void dependsOnNothingOutsideTheJdk() {
        classes().that().resideInAnyPackage("org.ar4j", "org.ar4j.query", "org.ar4j.relation", "org.ar4j.internal.engine",
                        "org.ar4j.schema", "org.ar4j.cache")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax..", "org.ar4j",
                        "org.ar4j.query", "org.ar4j.relation", "org.ar4j.internal.engine", "org.ar4j.schema", "org.ar4j.cache")
                .check(API);
    }

    /** One package is not API: the engine bridge, named internal and left out of the javadoc. */
    @Test
    void theEngineBridgeIsTheOnlyInternalPackage() {
        classes().that().resideInAPackage("org.ar4j..")
                .should().resideInAnyPackage("org.ar4j", "org.ar4j.query", "org.ar4j.relation", "org.ar4j.internal.engine",
                        "org.ar4j.schema", "org.ar4j.cache")
                .check(API);
    }

    /**
     * The packages under {@code org.ar4j} form no cycle: relation descriptors reach the engine bridge, and the
     * bridge names relations only as the query package's {@link org.ar4j.query.RelationPath}; the query package
     * names no relation type either. (The root package, which holds ActiveRecord and Database, is what the
     * others are about, so it is the one package every other one uses.)
     */
    @Test
    void subpackagesFormNoCycle() {
        slices().matching("org.ar4j.(*)..").should().beFreeOfCycles().check(API);
    }

    /** The engine bridge depends on no relation type, and the query package on nothing but the root. */
    @Test
    void queryAndEngineStayBelowRelations() {
        noClasses().that().resideInAnyPackage("org.ar4j.query", "org.ar4j.internal.engine", "org.ar4j.cache")
                .should().dependOnClassesThat().resideInAPackage("org.ar4j.relation").check(API);
    }

    /**
     * The bridge to ar-core is three methods (open a database, the database of a record or model, a relation's name);
     * everything a record or relation asks goes to that database's RecordOperations.
     */
    @Test
    void theEngineBridgeHasAtMostThreeMethods() {
        assertThat(Arrays.stream(Engine.class.getDeclaredMethods())
                .filter(m -> Modifier.isAbstract(m.getModifiers())).map(Method::getName))
                .containsExactlyInAnyOrder("connect", "database", "relationName");
    }

    /** Only the three entry points of the root package reach the bridge: records, databases and their builder. */
    @Test
    void onlyTheEntryPointsOfTheRootPackageReachTheBridge() {
        noClasses().that().resideInAPackage("org.ar4j")
                .and().doNotHaveSimpleName("ActiveRecord").and().doNotHaveSimpleName("Database")
                .and().doNotHaveSimpleName("DatabaseBuilder")
                .should().dependOnClassesThat().resideInAPackage("org.ar4j.internal.engine").check(API);
    }

    /** The backend SPI is a module of its own (ar-spi): nothing in the user API names it. */
    @Test
    void namesNoSpiType() {
        noClasses().that().resideInAPackage("org.ar4j..")
                .should().dependOnClassesThat().resideInAPackage("org.ar4j.spi..").check(API);
    }
}
