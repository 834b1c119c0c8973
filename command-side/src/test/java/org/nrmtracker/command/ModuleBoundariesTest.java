package org.nrmtracker.command;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import org.nrmtracker.platform.architecture.ModuleMap;

/**
 * The module map (the platform's {@link ModuleMap}) on the command side's compiled classes, and on those of the
 * kernel and the platform, which come from their jars on the classpath.
 */
@AnalyzeClasses(packages = {"org.nrmtracker.command", "org.nrmtracker.kernel", "org.nrmtracker.platform"},
        importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleBoundariesTest {

    @ArchTest
    static final ArchTests commandSide = ArchTests.in(ModuleMap.CommandSide.class);

    @ArchTest
    static final ArchTests kernelAndPlatform = ArchTests.in(ModuleMap.Shared.class);
}
