package org.nrmtracker.query.statistics;

import org.junit.jupiter.api.Test;
import org.nrmtracker.query.referral.ReferralRecord;
import org.nrmtracker.query.timeline.DecisionWindow;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The statistics build summary timelines: over the benchmark's synthetic referrals, as of several days, each must
 * equal the full timeline without its events, so switching to them changes no figure.
 */
class SummaryTimelinesOfSyntheticReferralsTest {

    private static final List<DecisionWindow> WINDOWS = DecisionWindow.DEFAULT;

    @Test
    void equalTheFullTimelinesWithoutEvents() {
        List<ReferralRecord> referrals = StatisticsBenchmark.synthetic(3_000, new Random(7));
        for (String day : List.of("2019-12-31", "2020-06-30", "2022-03-15", "2025-01-01", "2026-01-01")) {
            LocalDate asOf = LocalDate.parse(day);
            for (ReferralRecord referral : referrals) {
                assertThat(Fixtures.TIMELINES.summaryOf(referral, asOf, WINDOWS))
                        .isEqualTo(Fixtures.TIMELINES.of(referral, asOf, WINDOWS).withoutEvents());
            }
        }
    }
}
