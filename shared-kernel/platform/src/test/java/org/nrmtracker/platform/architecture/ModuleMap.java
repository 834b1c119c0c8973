package org.nrmtracker.platform.architecture;

import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.syntax.elements.GivenClassesConjunction;
import org.springframework.stereotype.Component;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The module map of the style guide as rules on compiled classes, in one place: who may know whom, and which
 * classes stay plain Java. Each application checks its own part, and the kernel's and the platform's, in its
 * {@code ModuleBoundariesTest} (where their classes are on the classpath).
 */
public final class ModuleMap {

    /** Frameworks a domain class never names: its rules hold whatever stores or serves it. */
    private static final String[] SPRING_AND_MONGODB = {"org.springframework..", "com.mongodb..", "org.bson.."};

    /** The shared kernel is the contract between the sides; the platform serves both applications. */
    public static final class Shared {

        @ArchTest
        static final ArchRule theSharedKernelNeverDependsOnSpring =
                neverDependOn("org.nrmtracker.kernel..", "org.springframework..");

        /** Events, value objects, the policy table and the hash chain; the storage engine has packages of its own. */
        @ArchTest
        static final ArchRule theKernelsDomainKnowsNeitherSpringNorMongoDb = knowNeitherSpringNorMongoDb(noClasses()
                .that().resideInAnyPackage("org.nrmtracker.kernel.referral", "org.nrmtracker.kernel.policy",
                        "org.nrmtracker.kernel.integrity"));

        @ArchTest
        static final ArchRule thePlatformNeverDependsOnAnApplication =
                neverDependOn("org.nrmtracker.platform..", "org.nrmtracker.command..", "org.nrmtracker.query..");
    }

    public static final class CommandSide {

        @ArchTest
        static final ArchRule theCommandSideNeverDependsOnTheQuerySide =
                neverDependOn("org.nrmtracker.command..", "org.nrmtracker.query..");

        /**
         * The {@code Referral} aggregate, its commands and its refusals (the package itself; its HTTP adapters and
         * the history import live in sub-packages). Axon's own annotations, {@code @Aggregate} among them, are
         * allowed.
         */
        @ArchTest
        static final ArchRule theAggregateAndItsCommandsKnowNeitherSpringNorMongoDb = knowNeitherSpringNorMongoDb(
                noClasses().that().resideInAPackage("org.nrmtracker.command.referral"));
    }

    public static final class QuerySide {

        /** The two applications meet only in MongoDB, never in code. */
        @ArchTest
        static final ArchRule theQuerySideNeverDependsOnTheCommandSide =
                neverDependOn("org.nrmtracker.query..", "org.nrmtracker.command..");

        /**
         * Timelines and their figures, statistics and the calendar are plain Java. Their packages also hold the
         * controllers and components that serve them: a class with a Spring stereotype ({@code @Component},
         * {@code @Configuration}, {@code @RestController}, {@code @RestControllerAdvice}, ...) is such an adapter,
         * and is left out.
         */
        @ArchTest
        static final ArchRule theComputationsKnowNeitherSpringNorMongoDb = knowNeitherSpringNorMongoDb(noClasses()
                .that().resideInAnyPackage("org.nrmtracker.query.timeline", "org.nrmtracker.query.statistics",
                        "org.nrmtracker.query.calendar")
                .and().areNotMetaAnnotatedWith(Component.class));
    }

    private static ArchRule neverDependOn(String packages, String... forbidden) {
        return noClasses().that().resideInAPackage(packages)
                .should().dependOnClassesThat().resideInAnyPackage(forbidden);
    }

    private static ArchRule knowNeitherSpringNorMongoDb(GivenClassesConjunction classes) {
        return classes.should().dependOnClassesThat().resideInAnyPackage(SPRING_AND_MONGODB);
    }

    private ModuleMap() {
    }
}
