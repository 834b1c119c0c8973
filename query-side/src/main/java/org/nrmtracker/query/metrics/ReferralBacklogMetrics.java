package org.nrmtracker.query.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.nrmtracker.query.referral.ReferralRecords;
import org.nrmtracker.query.timeline.DecisionWindow;
import org.nrmtracker.query.timeline.Timelines;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Domain gauges: referrals awaiting each decision, awaiting CG beyond each window, and how long the
 * open cases have waited. They are read from the read model on scrape (never counters bumped by
 * handlers, which a replay would bump again), from a snapshot at most {@link #MAX_AGE} old.
 */
@Component
class ReferralBacklogMetrics {

    static final Duration MAX_AGE = Duration.ofSeconds(10);
    /** The windows answers use when none are asked for: the gauges show those. */
    private static final List<DecisionWindow> WINDOWS = DecisionWindow.DEFAULT;

    private final ReferralRecords records;
    private final Timelines timelines;
    private final Clock clock;
    private volatile BacklogSnapshot snapshot;
    private volatile Instant takenAt = Instant.MIN;

    ReferralBacklogMetrics(ReferralRecords records, Timelines timelines, Clock clock, MeterRegistry registry) {
        this.records = records;
        this.timelines = timelines;
        this.clock = clock;
        gauge(registry, "nrm.referrals.awaiting", "Referrals awaiting a decision", s -> s.awaitingReasonableGrounds(),
                "stage", "REASONABLE_GROUNDS");
        gauge(registry, "nrm.referrals.awaiting", "Referrals awaiting a decision", s -> s.awaitingConclusiveGrounds(),
                "stage", "CONCLUSIVE_GROUNDS");
        for (int i = 0; i < WINDOWS.size(); i++) {
            int window = i;
            gauge(registry, "nrm.referrals.awaiting.beyond.window",
                    "Referrals awaiting a conclusive decision longer than the window after a positive RG decision",
                    s -> s.beyondWindow()[window], "window", String.valueOf(WINDOWS.get(i).days()));
        }
        for (String statistic : List.of("median", "p90", "max")) {
            gauge(registry, "nrm.decision.wait.days", "Days the open cases have waited so far",
                    s -> s.waitSinceReferral().get(statistic), "stage", "REASONABLE_GROUNDS", "statistic", statistic);
            gauge(registry, "nrm.decision.wait.days", "Days the open cases have waited so far",
                    s -> s.waitSinceReasonableGrounds().get(statistic), "stage", "CONCLUSIVE_GROUNDS",
                    "statistic", statistic);
        }
    }

    private void gauge(MeterRegistry registry, String name, String description,
                       ToDoubleFunction<BacklogSnapshot> value, String... tags) {
        Gauge.builder(name, this, metrics -> value.applyAsDouble(metrics.current()))
                .description(description).tags(tags).register(registry);
    }

    private BacklogSnapshot current() {
        Instant now = clock.instant();
        if (snapshot == null || takenAt.plus(MAX_AGE).isBefore(now)) {
            snapshot = BacklogSnapshot.of(records.all(), timelines, now.atZone(clock.getZone()).toLocalDate(), WINDOWS);
            takenAt = now;
        }
        return snapshot;
    }
}
