package org.nrmtracker.benchmark;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The comparison's correctness at a small size; its timings are for the benchmark, never asserted. */
class EngineReplayComparisonTest {

    @Test
    void bothEnginesReplayEveryEventExactlyOnce(@TempDir Path dir) {
        Figures figures = EngineReplayComparison.run(400, Duration.ofMinutes(2), dir);

        assertThat(figures.referrals()).isBetween(90, 150); // about 3.5 events a referral
        for (Figures.Engine engine : new Figures.Engine[]{figures.sequenced(), figures.axonMongo()}) {
            assertThat(engine.capped()).isFalse();
            assertThat(engine.delivered()).isEqualTo(400);
            assertThat(engine.everyEventOnce()).isTrue();
        }
    }
}
