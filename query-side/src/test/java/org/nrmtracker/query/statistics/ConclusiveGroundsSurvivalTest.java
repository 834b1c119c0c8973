package org.nrmtracker.query.statistics;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nrmtracker.kernel.referral.DecisionOutcome.NEGATIVE;
import static org.nrmtracker.kernel.referral.DecisionOutcome.POSITIVE;
import static org.nrmtracker.query.statistics.AReferral.referredOn;
import static org.nrmtracker.query.statistics.Fixtures.TIMELINES;
import static org.nrmtracker.query.statistics.Fixtures.referrals;

/** docs/api.md §5.4: who is on the curves, and how, as for the cohorts' Kaplan–Meier median. */
class ConclusiveGroundsSurvivalTest {

    private static final LocalDate AS_OF = LocalDate.parse("2024-04-10");

    @Test
    void decidedAreEventsWaitingAreCensoredAtAsOfAndWithdrawnAtTheirWithdrawal() {
        ConclusiveGroundsSurvival survival = new ConclusiveGroundsSurvival(referrals(
                referredOn("2024-01-01").reasonableGrounds("2024-01-11", POSITIVE)
                        .conclusiveGrounds("2024-03-11", POSITIVE),                       // event at 60
                referredOn("2024-01-01").reasonableGrounds("2024-01-11", POSITIVE)
                        .withdrawn("2024-02-10"),                                         // censored at 30
                referredOn("2024-01-01").reasonableGrounds("2024-01-11", POSITIVE),       // censored at 90 (asOf)
                referredOn("2024-01-01").reasonableGrounds("2024-01-11", POSITIVE)
                        .conclusiveGrounds("2024-05-01", POSITIVE),                       // decided after asOf: at 90
                referredOn("2024-01-01").reasonableGrounds("2024-01-11", NEGATIVE),       // no clock: not on it
                referredOn("2024-01-01"),                                                 // no clock: not on it
                referredOn("2024-03-01").reasonableGrounds("2024-03-05", POSITIVE)),      // not in the cohort
                TIMELINES, Fixtures.NO_SUPPRESSION);

        SurvivalReport report = survival.answer(new GetConclusiveGroundsSurvival(null, LocalDate.parse("2024-02-29"),
                AS_OF, Grouping.parse("", false)));

        // 30: 4 at risk, 1 censored, S=1; 60: 3 at risk, 1 event, S=2/3; 90: 2 at risk, 2 censored
        SurvivalGroup all = report.groups().get(0);
        assertThat(all.n()).isEqualTo(4);
        assertThat(all.events()).isEqualTo(1);
        assertThat(all.steps()).extracting(SurvivalStep::days, SurvivalStep::atRisk, SurvivalStep::events,
                SurvivalStep::censored).containsExactly(org.assertj.core.groups.Tuple.tuple(30L, 4L, 0L, 1L),
                org.assertj.core.groups.Tuple.tuple(60L, 3L, 1L, 0L), org.assertj.core.groups.Tuple.tuple(90L, 2L, 0L, 2L));
        assertThat(all.steps().get(1).survival()).isEqualTo(2.0 / 3);
        assertThat(all.median()).isNull();
        assertThat(report.confidenceLevel()).isEqualTo(0.95);
        assertThat(report.asOf()).isEqualTo(AS_OF);
    }

    @Test
    void smallGroupsAreSuppressedByTheReferralsOnTheirCurve() {
        ConclusiveGroundsSurvival survival = new ConclusiveGroundsSurvival(referrals(
                referredOn("2024-01-01").reasonableGrounds("2024-01-11", POSITIVE),
                referredOn("2024-01-01").reasonableGrounds("2024-01-11", POSITIVE)
                        .conclusiveGrounds("2024-02-11", POSITIVE),
                referredOn("2024-01-01").child().reasonableGrounds("2024-01-11", POSITIVE),
                referredOn("2024-01-01").child(), referredOn("2024-01-01").child()),
                TIMELINES, new MinimumCellSize(2));

        List<SurvivalGroup> groups = survival.answer(new GetConclusiveGroundsSurvival(null, null, AS_OF,
                Grouping.parse("AGE_AT_EXPLOITATION", false))).groups();

        assertThat(groups).hasSize(2);
        assertThat(groups.get(0).key()).isEqualTo(Map.of("AGE_AT_EXPLOITATION", "ADULT"));
        assertThat(groups.get(0).median()).isEqualTo(new BigDecimal("31"));
        // three children referred, one on the curve: fewer than 2
        assertThat(groups.get(1)).isEqualTo(SurvivalGroup.suppressed(Map.of("AGE_AT_EXPLOITATION", "CHILD")));
    }
}
