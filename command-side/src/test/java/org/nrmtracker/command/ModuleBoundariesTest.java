package org.nrmtracker.command;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The module map of the style guide, checked on the compiled classes: the command side never reaches
 * into the query side, and the shared kernel, the contract between the two, stays free of Spring; its
 * domain part, and the aggregate with its commands, are free of MongoDB as well.
 * The kernel's and the platform's classes come from their jars on the classpath.
 */
@AnalyzeClasses(packages = {"org.nrmtracker.command", "org.nrmtracker.kernel", "org.nrmtracker.platform"},
        importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleBoundariesTest {

    private static final String[] SPRING_AND_MONGODB = {"org.springframework..", "com.mongodb..", "org.bson.."};

    @ArchTest
    static final ArchRule theCommandSideNeverDependsOnTheQuerySide = noClasses()
            .that().resideInAPackage("org.nrmtracker.command..")
            .should().dependOnClassesThat().resideInAPackage("org.nrmtracker.query..");

    /** The platform serves both applications, so it knows neither. */
    @ArchTest
    static final ArchRule thePlatformNeverDependsOnAnApplication = noClasses()
            .that().resideInAPackage("org.nrmtracker.platform..")
            .should().dependOnClassesThat().resideInAnyPackage("org.nrmtracker.command..", "org.nrmtracker.query..");

    @ArchTest
    static final ArchRule theSharedKernelNeverDependsOnSpring = noClasses()
            .that().resideInAPackage("org.nrmtracker.kernel..")
            .should().dependOnClassesThat().resideInAPackage("org.springframework..");

    /** Events, value objects, the policy table and the hash chain; the storage engine has packages of its own. */
    @ArchTest
    static final ArchRule theKernelsDomainKnowsNeitherSpringNorMongoDb = noClasses()
            .that().resideInAnyPackage("org.nrmtracker.kernel.referral", "org.nrmtracker.kernel.policy",
                    "org.nrmtracker.kernel.integrity")
            .should().dependOnClassesThat().resideInAnyPackage(SPRING_AND_MONGODB);

    /**
     * The {@code Referral} aggregate, its commands and its refusals (the package itself; its HTTP adapters and
     * the history import live in sub-packages). Axon's own annotations, {@code @Aggregate} among them, are allowed.
     */
    @ArchTest
    static final ArchRule theAggregateAndItsCommandsKnowNeitherSpringNorMongoDb = noClasses()
            .that().resideInAPackage("org.nrmtracker.command.referral")
            .should().dependOnClassesThat().resideInAnyPackage(SPRING_AND_MONGODB);
}
