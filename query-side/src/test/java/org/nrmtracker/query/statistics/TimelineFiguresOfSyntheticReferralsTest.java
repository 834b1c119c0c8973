package org.nrmtracker.query.statistics;

import org.junit.jupiter.api.Test;
import org.nrmtracker.query.referral.ReferralRecord;
import org.nrmtracker.query.timeline.Timeline;
import org.nrmtracker.query.timeline.TimelineFigures;
import org.nrmtracker.query.timeline.DecisionWindow;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cohorts read timeline figures instead of whole timelines: over the benchmark's synthetic referrals, as of
 * several days and with several windows, the figures must be those of the full timeline, so switching to them
 * changes no figure.
 */
class TimelineFiguresOfSyntheticReferralsTest {

    private static final List<List<DecisionWindow>> WINDOWS = List.of(DecisionWindow.listOf(45, 90), DecisionWindow.listOf(1, 30, 3650),
            DecisionWindow.listOf(90, 45));

    @Test
    void equalTheFiguresOfTheFullTimelines() {
        List<ReferralRecord> referrals = StatisticsBenchmark.synthetic(3_000, new Random(11));
        for (String day : List.of("2019-12-31", "2020-06-30", "2022-03-15", "2025-01-01", "2026-01-01")) {
            LocalDate asOf = LocalDate.parse(day);
            for (List<DecisionWindow> windows : WINDOWS) {
                for (ReferralRecord referral : referrals) {
                    assertThat(Fixtures.TIMELINES.figuresOf(referral, asOf, windows))
                            .isEqualTo(figuresOf(Fixtures.TIMELINES.of(referral, asOf, windows)));
                }
            }
        }
    }

    @Test
    void takeTheDefaultWindowsWhenNoneAreGiven() {
        ReferralRecord referral = StatisticsBenchmark.synthetic(1, new Random(3)).get(0);
        LocalDate asOf = LocalDate.parse("2025-01-01");
        assertThat(Fixtures.TIMELINES.figuresOf(referral, asOf, null))
                .isEqualTo(figuresOf(Fixtures.TIMELINES.of(referral, asOf, null)));
    }

    private static TimelineFigures figuresOf(Timeline timeline) {
        return new TimelineFigures(timeline.status(), timeline.reasonableGrounds(), timeline.conclusiveGrounds(),
                timeline.recoveryPeriod().startsOn(), timeline.windows().stream().map(Timeline.Window::state).toList(),
                timeline.support());
    }
}
