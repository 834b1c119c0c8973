package org.nrmtracker.query.statistics;

import org.junit.jupiter.api.Test;
import org.nrmtracker.kernel.referral.DecisionStage;
import org.nrmtracker.query.referral.ReferralRecords;
import org.nrmtracker.query.timeline.DecisionWindow;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nrmtracker.kernel.referral.DecisionOutcome.NEGATIVE;
import static org.nrmtracker.kernel.referral.DecisionOutcome.POSITIVE;
import static org.nrmtracker.kernel.referral.DecisionStage.CONCLUSIVE_GROUNDS;
import static org.nrmtracker.kernel.referral.DecisionStage.REASONABLE_GROUNDS;
import static org.nrmtracker.query.statistics.AReferral.referredOn;
import static org.nrmtracker.query.statistics.Fixtures.NO_SUPPRESSION;
import static org.nrmtracker.query.statistics.Fixtures.TIMELINES;
import static org.nrmtracker.query.statistics.Fixtures.referrals;

class DecisionStatisticsTest {

    private static final LocalDate AS_OF = LocalDate.parse("2025-01-01");

    /** A negative CG in 2024-Q3, reconsidered, then a positive one in 2024-Q4. */
    private static final AReferral RECONSIDERED = referredOn("2024-05-01")
            .reasonableGrounds("2024-05-10", POSITIVE).conclusiveGrounds("2024-08-01", NEGATIVE)
            .reconsiderationRequested(CONCLUSIVE_GROUNDS, "2024-08-10").conclusiveGrounds("2024-10-01", POSITIVE);

    @Test
    void aDecisionLaterSupersededStillCountsInThePeriodItWasMadeByItsOwnOutcome() {
        DecisionReport report = answer(referrals(RECONSIDERED), CONCLUSIVE_GROUNDS, null, AS_OF, "DECISION_QUARTER");

        assertThat(report.groups()).containsExactly(
                new DecisionReport.Group(Map.of("DECISION_QUARTER", "2024-Q3"), false, 1L, 0L, 1L, 0.0),
                new DecisionReport.Group(Map.of("DECISION_QUARTER", "2024-Q4"), false, 1L, 1L, 0L, 1.0));
    }

    @Test
    void theCohortCountsTheSameReferralOnceByItsLatestOutcome() {
        ReferralRecords store = referrals(RECONSIDERED);
        CohortGroup cohort = new ReferralCohortStatistics(store, TIMELINES, NO_SUPPRESSION)
                .answer(new GetReferralCohorts(null, null, AS_OF, Grouping.parse("", false), DecisionWindow.listOf(45)))
                .groups().get(0);

        assertThat(answer(store, CONCLUSIVE_GROUNDS, null, AS_OF, "").groups().get(0).decided()).isEqualTo(2);
        assertThat(cohort.conclusiveGrounds().decided()).isEqualTo(1);
        assertThat(cohort.conclusiveGrounds().positive()).isEqualTo(1);
        assertThat(cohort.conclusiveGrounds().negative()).isZero();
    }

    @Test
    void onlyDecisionsOfTheStageDatedInTheRangeCount() {
        ReferralRecords store = referrals(
                referredOn("2024-03-01").reasonableGrounds("2024-03-31", NEGATIVE)
                        .reconsiderationRequested(REASONABLE_GROUNDS, "2024-04-02").reasonableGrounds("2024-04-10", POSITIVE),
                referredOn("2024-06-01").reasonableGrounds("2024-06-30", POSITIVE).conclusiveGrounds("2024-06-30", POSITIVE),
                referredOn("2024-06-01").reasonableGrounds("2024-07-01", POSITIVE));

        DecisionReport report = answer(store, REASONABLE_GROUNDS, LocalDate.parse("2024-04-01"),
                LocalDate.parse("2024-06-30"), "");

        assertThat(report.groups()).containsExactly(new DecisionReport.Group(Map.of(), false, 2L, 2L, 0L, 1.0));
    }

    @Test
    void decisionsAreGroupedByTheReferralsAttributesAsWellAsByTheirOwnDate() {
        ReferralRecords store = referrals(
                referredOn("2023-12-20").child().reasonableGrounds("2024-01-05", POSITIVE),
                referredOn("2024-01-02").reasonableGrounds("2024-01-06", NEGATIVE));

        DecisionReport report = answer(store, REASONABLE_GROUNDS, null, AS_OF, "DECISION_YEAR,REFERRAL_YEAR");

        assertThat(report.groups()).extracting(DecisionReport.Group::key).containsExactly(
                Map.of("DECISION_YEAR", "2024", "REFERRAL_YEAR", "2023"),
                Map.of("DECISION_YEAR", "2024", "REFERRAL_YEAR", "2024"));
    }

    @Test
    void aGroupWithFewerDecisionsThanTheMinimumIsSuppressed() {
        ReferralRecords store = referrals(Fixtures.times(3, () -> referredOn("2024-01-01")
                .reasonableGrounds("2024-01-05", POSITIVE)).toArray(AReferral[]::new));

        DecisionReport suppressed = new DecisionStatistics(store, new MinimumCellSize(4)).answer(
                new GetDecisionCounts(REASONABLE_GROUNDS, null, AS_OF, Grouping.parse("", true)));
        DecisionReport shown = new DecisionStatistics(store, new MinimumCellSize(3)).answer(
                new GetDecisionCounts(REASONABLE_GROUNDS, null, AS_OF, Grouping.parse("", true)));

        assertThat(suppressed.groups()).containsExactly(DecisionReport.Group.suppressed(Map.of()));
        assertThat(shown.groups().get(0).decided()).isEqualTo(3);
    }

    private static DecisionReport answer(ReferralRecords store, DecisionStage stage, LocalDate from, LocalDate to,
                                         String groupBy) {
        return new DecisionStatistics(store, NO_SUPPRESSION)
                .answer(new GetDecisionCounts(stage, from, to, Grouping.parse(groupBy, true)));
    }
}
