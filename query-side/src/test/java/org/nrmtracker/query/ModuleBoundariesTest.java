package org.nrmtracker.query;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.stereotype.Component;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The module map of the style guide, checked on the compiled classes: the query side meets the command side only in
 * MongoDB, never in code, and its computations (timelines and their figures, statistics, the calendar) are plain
 * Java, free of Spring and MongoDB. Those packages also hold the controllers and components that serve the
 * computations; a class carrying a Spring stereotype ({@code @Component}, {@code @Configuration},
 * {@code @RestController}, {@code @RestControllerAdvice}, ...) is that adapter, and is left out.
 */
@AnalyzeClasses(packages = "org.nrmtracker.query", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleBoundariesTest {

    @ArchTest
    static final ArchRule theQuerySideNeverDependsOnTheCommandSide = noClasses()
            .that().resideInAPackage("org.nrmtracker.query..")
            .should().dependOnClassesThat().resideInAPackage("org.nrmtracker.command..");

    @ArchTest
    static final ArchRule theComputationsKnowNeitherSpringNorMongoDb = noClasses()
            .that().resideInAnyPackage("org.nrmtracker.query.timeline", "org.nrmtracker.query.statistics",
                    "org.nrmtracker.query.calendar")
            .and().areNotMetaAnnotatedWith(Component.class)
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.mongodb..", "org.bson..");
}
