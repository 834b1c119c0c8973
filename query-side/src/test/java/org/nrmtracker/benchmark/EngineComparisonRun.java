package org.nrmtracker.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** The engine comparison as one line of the report: the ratio is axon-mongo's replay time over ours. */
final class EngineComparisonRun {

    private static final double TARGET_RATIO = 20;

    static Figure run(int events, Duration cap, Path dir) throws Exception {
        Figures figures = EngineReplayComparison.run(events, cap, Files.createDirectories(dir));
        System.out.print(figures.table());
        Figures.Engine ours = figures.sequenced();
        Figures.Engine theirs = figures.axonMongo();
        boolean complete = ours.everyEventOnce() && ours.delivered() == events;
        return new Figure(String.format("replay of %,d events, ours vs axon-mongo's MongoEventStorageEngine", events),
                String.format("%s%.1f× faster (%.1f s vs %.1f s%s)", figures.capped() ? "≥ " : "", figures.ratio(),
                        ours.seconds(), theirs.seconds(), figures.capped() ? ", stopped at the cap" : ""),
                "≥ 20×", complete ? figures.ratio() / TARGET_RATIO : 0,
                String.format("%,.0f vs %,.0f events/s; every event once: ours %s, axon-mongo %s",
                        ours.eventsPerSecond(), theirs.eventsPerSecond(), ours.everyEventOnce(),
                        theirs.everyEventOnce()));
    }
}
