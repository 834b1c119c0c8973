package org.nrmtracker.command;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The module map of the style guide, checked on the compiled classes: the command side never reaches
 * into the query side, and the shared kernel, the contract between the two, stays free of Spring.
 * The kernel's classes come from its jar on the classpath.
 */
@AnalyzeClasses(packages = {"org.nrmtracker.command", "org.nrmtracker.kernel"},
        importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleBoundariesTest {

    @ArchTest
    static final ArchRule theCommandSideNeverDependsOnTheQuerySide = noClasses()
            .that().resideInAPackage("org.nrmtracker.command..")
            .should().dependOnClassesThat().resideInAPackage("org.nrmtracker.query..");

    @ArchTest
    static final ArchRule theSharedKernelNeverDependsOnSpring = noClasses()
            .that().resideInAPackage("org.nrmtracker.kernel..")
            .should().dependOnClassesThat().resideInAPackage("org.springframework..");
}
