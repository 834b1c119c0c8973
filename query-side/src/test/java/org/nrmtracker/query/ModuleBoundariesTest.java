package org.nrmtracker.query;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import org.nrmtracker.platform.architecture.ModuleMap;

/** The module map (the platform's {@link ModuleMap}) on the query side's compiled classes. */
@AnalyzeClasses(packages = "org.nrmtracker.query", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleBoundariesTest {

    @ArchTest
    static final ArchTests querySide = ArchTests.in(ModuleMap.QuerySide.class);
}
