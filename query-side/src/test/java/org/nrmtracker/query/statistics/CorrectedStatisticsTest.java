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
import static org.nrmtracker.kernel.referral.DecisionStage.REASONABLE_GROUNDS;
import static org.nrmtracker.query.statistics.AReferral.referredOn;
import static org.nrmtracker.query.statistics.Fixtures.NO_SUPPRESSION;
import static org.nrmtracker.query.statistics.Fixtures.TIMELINES;
import static org.nrmtracker.query.statistics.Fixtures.referrals;

/** Statistics count the corrected history (docs/api.md §2): corrections applied, retractions left out. */
class CorrectedStatisticsTest {

    private static final LocalDate AS_OF = LocalDate.parse("2025-01-01");

    @Test
    void aCorrectedDecisionCountsOnItsCorrectedDate() {
        ReferralRecords store = referrals(referredOn("2024-03-01").reasonableGrounds("2024-03-31", NEGATIVE)
                .reasonableGroundsCorrected(1, "2024-04-02", POSITIVE));

        assertThat(decisions(store, REASONABLE_GROUNDS, "DECISION_QUARTER").groups()).containsExactly(
                new DecisionReport.Group(Map.of("DECISION_QUARTER", "2024-Q2"), false, 1L, 1L, 0L, 1.0));
    }

    @Test
    void aRetractedDecisionIsNotCounted() {
        ReferralRecords store = referrals(referredOn("2024-03-01").reasonableGrounds("2024-03-31", POSITIVE)
                .retracted(1));

        assertThat(decisions(store, REASONABLE_GROUNDS, "").groups()).isEmpty();
        assertThat(cohort(store, "").groups().get(0).reasonableGrounds().decided()).isZero();
    }

    @Test
    void aRetractedReferralLeavesTheCohortsTheDecisionsAndTheBacklog() {
        ReferralRecords store = referrals(
                referredOn("2024-03-01").reasonableGrounds("2024-03-31", POSITIVE),
                referredOn("2024-03-01").reasonableGrounds("2024-03-31", POSITIVE).retracted(0));

        assertThat(cohort(store, "").groups().get(0).referrals()).isEqualTo(1);
        assertThat(decisions(store, REASONABLE_GROUNDS, "").groups().get(0).decided()).isEqualTo(1);
        assertThat(new BacklogStatistics(store, TIMELINES, NO_SUPPRESSION)
                .answer(new GetBacklog(AS_OF, Grouping.parse("", false), DecisionWindow.DEFAULT))
                .groups().get(0).awaitingConclusiveGrounds()).isEqualTo(1);
    }

    @Test
    void aCorrectedReferralDateMovesTheReferralToItsCorrectedCohort() {
        ReferralRecords store = referrals(referredOn("2024-04-01").referralDateCorrected("2024-03-28"));

        assertThat(cohort(store, "REFERRAL_QUARTER").groups()).extracting(CohortGroup::key)
                .containsExactly(Map.of("REFERRAL_QUARTER", "2024-Q1"));
    }

    private static DecisionReport decisions(ReferralRecords store, DecisionStage stage, String groupBy) {
        return new DecisionStatistics(store, NO_SUPPRESSION)
                .answer(new GetDecisionCounts(stage, null, AS_OF, Grouping.parse(groupBy, true)));
    }

    private static ReferralCohortReport cohort(ReferralRecords store, String groupBy) {
        return new ReferralCohortStatistics(store, TIMELINES, NO_SUPPRESSION).answer(new GetReferralCohorts(null,
                null, AS_OF, Grouping.parse(groupBy, false), List.of(new DecisionWindow(45))));
    }
}
