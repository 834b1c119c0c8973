package org.nrmtracker.benchmark;

import java.nio.file.Path;
import java.time.Duration;

/** Placeholder until the engine comparison lands. */
final class EngineComparisonRun {

    static Figure run(int events, Duration cap, Path dir) {
        return new Figure("engine comparison", "not run", "≥ 20×", 0, "");
    }
}
