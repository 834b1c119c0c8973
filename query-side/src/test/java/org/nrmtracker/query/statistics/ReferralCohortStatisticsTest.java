package org.nrmtracker.query.statistics;

import org.junit.jupiter.api.Test;
import org.nrmtracker.kernel.referral.ExploitationType;
import org.nrmtracker.query.referral.ReferralRecords;
import org.nrmtracker.query.timeline.DecisionWindow;

import java.math.BigDecimal;
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

class ReferralCohortStatisticsTest {

    private static final LocalDate AS_OF = LocalDate.parse("2025-01-01");
    private static final List<DecisionWindow> WINDOWS = DecisionWindow.DEFAULT;

    /** RG after 5 days (3 working days), CG 40 days after it; support ended after 56 days. */
    private static final AReferral DECIDED_IN_TIME = referredOn("2024-03-01")
            .reasonableGrounds("2024-03-06", POSITIVE).conclusiveGrounds("2024-04-15", POSITIVE).supportEnded("2024-05-01");
    /** Negative RG after 4 days, reconsidered, positive on 1 April: waiting 275 days for CG on the 1st of January. */
    private static final AReferral STILL_WAITING = referredOn("2024-03-04")
            .reasonableGrounds("2024-03-08", NEGATIVE).reconsiderationRequested(REASONABLE_GROUNDS, "2024-03-20")
            .reasonableGrounds("2024-04-01", POSITIVE);
    /** Positive RG after 10 days, withdrawn 10 days later. */
    private static final AReferral WITHDRAWN = referredOn("2024-02-10")
            .reasonableGrounds("2024-02-20", POSITIVE).withdrawn("2024-03-01");
    private static final AReferral UNDECIDED = referredOn("2024-01-15");
    /** Positive RG after 9 days; negative CG 83 days later, reconsidered, positive on 1 October. */
    private static final AReferral RECONSIDERED = referredOn("2024-05-01")
            .reasonableGrounds("2024-05-10", POSITIVE).conclusiveGrounds("2024-08-01", NEGATIVE)
            .reconsiderationRequested(CONCLUSIVE_GROUNDS, "2024-08-10").conclusiveGrounds("2024-10-01", POSITIVE);

    @Test
    void aCohortCountsItsReferralsByTheirLatestOutcomesAndTimesTheirFirstDecisions() {
        CohortGroup all = onlyGroup(answer(referrals(DECIDED_IN_TIME, STILL_WAITING, WITHDRAWN, UNDECIDED, RECONSIDERED),
                AS_OF, ""));

        assertThat(all.key()).isEmpty();
        assertThat(all.referrals()).isEqualTo(5);
        assertThat(all.withdrawn()).isEqualTo(1);
        // working days: Sat 10 to Tue 20 February is 7; Wed 1 to Fri 10 May is 6, as 6 May was a bank holiday
        assertThat(all.reasonableGrounds()).isEqualTo(new CohortGroup.ReasonableGrounds(4L, 4L, 0L, 1.0,
                SummaryStatistics.of(5, 4, 10, 9), SummaryStatistics.of(3, 4, 7, 6)));
        assertThat(all.conclusiveGrounds()).isEqualTo(new CohortGroup.ConclusiveGrounds(2L, 2L, 0L, 1.0,
                SummaryStatistics.of(40, 83), SummaryStatistics.of(45, 92), BigDecimal.valueOf(83)));
        assertThat(all.awaitingConclusiveGrounds()).isEqualTo(1);
        assertThat(all.windows()).containsExactly(
                new CohortGroup.Window(45, 1L, 2L, 0L, 1.0 / 3),
                new CohortGroup.Window(90, 2L, 1L, 0L, 2.0 / 3));
        assertThat(all.support()).isEqualTo(new CohortGroup.Support(1L, 0L, SummaryStatistics.of(56)));
    }

    @Test
    void aCohortSeenOnAnEarlierDateCountsTheOutcomesKnownThen() {
        // on 1 September the only CG decision is the negative one, not yet reconsidered
        CohortGroup all = onlyGroup(answer(referrals(RECONSIDERED), LocalDate.parse("2024-09-01"), ""));

        assertThat(all.conclusiveGrounds().decided()).isEqualTo(1);
        assertThat(all.conclusiveGrounds().positive()).isZero();
        assertThat(all.conclusiveGrounds().negative()).isEqualTo(1);
        assertThat(all.conclusiveGrounds().positiveRate()).isEqualTo(0.0);
    }

    @Test
    void theKaplanMeierMedianCensorsWaitingReferralsAtAsOfAndWithdrawnOnesAtTheirWithdrawal() {
        // times from the first positive RG: 40 (CG), 83 (CG), 275 (waiting, censored), 10 (withdrawn, censored).
        // At 10 one leaves the risk set; 40: 1 of 3 → S = 2/3; 83: 1 of 2 → S = 1/3, below one half: median 83.
        // Censoring the withdrawn referral at asOf (316 days) instead would leave 4 at risk at 40: S = 3/4, then
        // 1/2 at 83 with no later event, giving (83 + 316) / 2 = 199.5.
        CohortGroup all = onlyGroup(answer(referrals(DECIDED_IN_TIME, STILL_WAITING, WITHDRAWN, RECONSIDERED),
                AS_OF, ""));

        assertThat(all.conclusiveGrounds().kaplanMeierMedianDaysFromReasonableGrounds()).isEqualTo(BigDecimal.valueOf(83));
    }

    @Test
    void aCohortHoldsOnlyTheReferralsMadeInItsPeriodAndKnownOnAsOf() {
        ReferralRecords store = referrals(referredOn("2023-12-31"), referredOn("2024-01-01"), referredOn("2024-06-30"),
                referredOn("2024-07-01"), referredOn("2024-12-31"));
        GetReferralCohorts firstHalf = new GetReferralCohorts(LocalDate.parse("2024-01-01"),
                LocalDate.parse("2024-06-30"), AS_OF, Grouping.parse("", false), WINDOWS);
        GetReferralCohorts untilAsOf = new GetReferralCohorts(null, null, LocalDate.parse("2024-07-01"),
                Grouping.parse("", false), WINDOWS);

        assertThat(onlyGroup(statistics(store, NO_SUPPRESSION).answer(firstHalf)).referrals()).isEqualTo(2);
        assertThat(onlyGroup(statistics(store, NO_SUPPRESSION).answer(untilAsOf)).referrals()).isEqualTo(4);
    }

    @Test
    void groupsAreSortedByTheirKeysInTheOrderTheDimensionsWereAskedFor() {
        ReferralRecords store = referrals(referredOn("2024-05-01").child(), referredOn("2024-02-01"),
                referredOn("2024-02-02").child(), referredOn("2024-04-30"));

        ReferralCohortReport report = answer(store, AS_OF, "REFERRAL_QUARTER,AGE_AT_EXPLOITATION");

        assertThat(report.groups()).extracting(CohortGroup::key).containsExactly(
                Map.of("REFERRAL_QUARTER", "2024-Q1", "AGE_AT_EXPLOITATION", "ADULT"),
                Map.of("REFERRAL_QUARTER", "2024-Q1", "AGE_AT_EXPLOITATION", "CHILD"),
                Map.of("REFERRAL_QUARTER", "2024-Q2", "AGE_AT_EXPLOITATION", "ADULT"),
                Map.of("REFERRAL_QUARTER", "2024-Q2", "AGE_AT_EXPLOITATION", "CHILD"));
        assertThat(report.groups().get(0).key().keySet()).containsExactly("REFERRAL_QUARTER", "AGE_AT_EXPLOITATION");
    }

    @Test
    void aReferralWithSeveralNationalitiesCountsInTheGroupOfEach() {
        ReferralRecords store = referrals(referredOn("2024-01-01").nationalities("VNM", "ALB"),
                referredOn("2024-01-02").nationalities("ALB"), referredOn("2024-01-03").nationalities());

        ReferralCohortReport report = answer(store, AS_OF, "NATIONALITY");

        assertThat(report.groups()).extracting(group -> group.key().get("NATIONALITY"), CohortGroup::referrals)
                .containsExactly(tuple("ALB", 2L), tuple("UNKNOWN", 1L), tuple("VNM", 1L));
    }

    @Test
    void twoMultiValuedDimensionsCountAReferralInEveryCombination() {
        ReferralRecords store = referrals(referredOn("2024-01-01").nationalities("VNM", "ALB")
                .exploitation(ExploitationType.LABOUR, ExploitationType.CRIMINAL));

        ReferralCohortReport report = answer(store, AS_OF, "NATIONALITY,EXPLOITATION_TYPE");

        assertThat(report.groups()).extracting(CohortGroup::key).containsExactly(
                Map.of("NATIONALITY", "ALB", "EXPLOITATION_TYPE", "CRIMINAL"),
                Map.of("NATIONALITY", "ALB", "EXPLOITATION_TYPE", "LABOUR"),
                Map.of("NATIONALITY", "VNM", "EXPLOITATION_TYPE", "CRIMINAL"),
                Map.of("NATIONALITY", "VNM", "EXPLOITATION_TYPE", "LABOUR"));
    }

    @Test
    void aGroupOfOneFewerReferralsThanTheMinimumIsSuppressedAndAGroupOfTheMinimumIsShown() {
        List<AReferral> cohort = new java.util.ArrayList<>();
        cohort.addAll(Fixtures.times(9, () -> referredOn("2024-01-10").reasonableGrounds("2024-01-20", POSITIVE)));
        cohort.addAll(Fixtures.times(10, () -> referredOn("2024-01-10").male()));
        ReferralRecords store = referrals(cohort.toArray(AReferral[]::new));

        List<CohortGroup> groups = statistics(store, new MinimumCellSize(10))
                .answer(new GetReferralCohorts(null, null, AS_OF, Grouping.parse("GENDER", false), WINDOWS)).groups();

        assertThat(groups.get(0)).isEqualTo(CohortGroup.suppressed(Map.of("GENDER", "FEMALE"), WINDOWS));
        assertThat(groups.get(0).referrals()).isNull();
        assertThat(groups.get(0).windows()).extracting(CohortGroup.Window::days, CohortGroup.Window::met)
                .containsExactly(tuple(45, null), tuple(90, null));
        assertThat(groups.get(1).suppressed()).isFalse();
        assertThat(groups.get(1).referrals()).isEqualTo(10);
    }

    @Test
    void aLargeCohortCountedOnSeveralThreadsAddsUpToTheSameFigures() {
        List<AReferral> cohort = new java.util.ArrayList<>();
        for (int day = 0; day < 30; day++) {
            String decidedOn = LocalDate.parse("2024-01-01").plusDays(day).toString();
            cohort.addAll(Fixtures.times(100, () -> referredOn("2024-01-01").reasonableGrounds(decidedOn, POSITIVE)));
        }

        CohortGroup all = onlyGroup(answer(referrals(cohort.toArray(AReferral[]::new)), AS_OF, ""));

        assertThat(all.referrals()).isEqualTo(3000);
        assertThat(all.reasonableGrounds().positive()).isEqualTo(3000);
        // 0..29 days, 100 each: the 1500th and 1501st values are 14 and 15; position 2700 holds 26
        assertThat(all.reasonableGrounds().days())
                .isEqualTo(new SummaryStatistics(3000L, 14.5, new BigDecimal("14.5"), 26L, 0L, 29L));
    }

    @Test
    void aCohortWithoutReferralsHasNoGroups() {
        assertThat(answer(referrals(), AS_OF, "").groups()).isEmpty();
    }

    private static ReferralCohortReport answer(ReferralRecords store, LocalDate asOf, String groupBy) {
        return statistics(store, NO_SUPPRESSION)
                .answer(new GetReferralCohorts(null, null, asOf, Grouping.parse(groupBy, false), WINDOWS));
    }

    private static ReferralCohortStatistics statistics(ReferralRecords store, MinimumCellSize minimumCellSize) {
        return new ReferralCohortStatistics(store, TIMELINES, minimumCellSize);
    }

    private static CohortGroup onlyGroup(ReferralCohortReport report) {
        assertThat(report.groups()).hasSize(1);
        return report.groups().get(0);
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }
}
