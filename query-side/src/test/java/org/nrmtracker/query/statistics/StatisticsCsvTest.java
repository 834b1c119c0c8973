package org.nrmtracker.query.statistics;

import org.junit.jupiter.api.Test;
import org.nrmtracker.query.timeline.DecisionWindow;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class StatisticsCsvTest {

    private static final StatisticsCsvConverter CSV = new StatisticsCsvConverter(JsonMapper.builder().build());
    private static final LocalDate AS_OF = LocalDate.parse("2025-01-01");
    private static final Grouping BY_QUARTER_AND_AGE = Grouping.parse("REFERRAL_QUARTER,AGE_AT_EXPLOITATION", false);
    private static final String COHORT_HEADER = String.join(",",
            "REFERRAL_QUARTER", "AGE_AT_EXPLOITATION", "suppressed", "referrals", "withdrawn",
            "reasonableGrounds.decided", "reasonableGrounds.positive", "reasonableGrounds.negative",
            "reasonableGrounds.positiveRate",
            "reasonableGrounds.days.n", "reasonableGrounds.days.mean", "reasonableGrounds.days.median",
            "reasonableGrounds.days.p90", "reasonableGrounds.days.min", "reasonableGrounds.days.max",
            "reasonableGrounds.workingDays.n", "reasonableGrounds.workingDays.mean",
            "reasonableGrounds.workingDays.median", "reasonableGrounds.workingDays.p90",
            "reasonableGrounds.workingDays.min", "reasonableGrounds.workingDays.max",
            "conclusiveGrounds.decided", "conclusiveGrounds.positive", "conclusiveGrounds.negative",
            "conclusiveGrounds.positiveRate",
            "conclusiveGrounds.daysFromReasonableGrounds.n", "conclusiveGrounds.daysFromReasonableGrounds.mean",
            "conclusiveGrounds.daysFromReasonableGrounds.median", "conclusiveGrounds.daysFromReasonableGrounds.p90",
            "conclusiveGrounds.daysFromReasonableGrounds.min", "conclusiveGrounds.daysFromReasonableGrounds.max",
            "conclusiveGrounds.daysFromReferral.n", "conclusiveGrounds.daysFromReferral.mean",
            "conclusiveGrounds.daysFromReferral.median", "conclusiveGrounds.daysFromReferral.p90",
            "conclusiveGrounds.daysFromReferral.min", "conclusiveGrounds.daysFromReferral.max",
            "conclusiveGrounds.kaplanMeierMedianDaysFromReasonableGrounds",
            "awaitingConclusiveGrounds",
            "windows.45.met", "windows.45.missed", "windows.45.open", "windows.45.metRate",
            "windows.90.met", "windows.90.missed", "windows.90.open", "windows.90.metRate",
            "support.ended", "support.endedBeforeConclusiveDecision",
            "support.days.n", "support.days.mean", "support.days.median", "support.days.p90", "support.days.min",
            "support.days.max");

    @Test
    void aCohortTableHasKeyColumnsFirstThenOneDottedColumnPerNumber() {
        CohortGroup shown = new CohortGroup(Map.of("REFERRAL_QUARTER", "2024-Q1", "AGE_AT_EXPLOITATION", "ADULT"),
                false, 12L, 1L,
                new CohortGroup.ReasonableGrounds(10L, 6L, 4L, 0.6, SummaryStatistics.of(3, 4), SummaryStatistics.of()),
                new CohortGroup.ConclusiveGrounds(0L, 0L, 0L, null, SummaryStatistics.of(), SummaryStatistics.of(),
                        new BigDecimal("410.5")), 6L,
                List.of(new CohortGroup.Window(45, 0L, 2L, 4L, 0.0), new CohortGroup.Window(90, 0L, 0L, 6L, null)),
                new CohortGroup.Support(1L, 1L, SummaryStatistics.of(30)));
        CohortGroup suppressed = CohortGroup.suppressed(
                Map.of("REFERRAL_QUARTER", "2024-Q1", "AGE_AT_EXPLOITATION", "CHILD"), DecisionWindow.listOf(45, 90));

        String csv = CSV.csv(new ReferralCohortReport(AS_OF, DecisionWindow.listOf(45, 90), 10, List.of(shown, suppressed),
                BY_QUARTER_AND_AGE));

        assertThat(csv.split("\r\n", -1)).containsExactly(
                COHORT_HEADER,
                "2024-Q1,ADULT,false,12,1,10,6,4,0.6,2,3.5,3.5,4,3,4,0,,,,,,0,0,0,,0,,,,,,0,,,,,,410.5,6,"
                        + "0,2,4,0,0,0,6,,1,1,1,30,30,30,30,30",
                "2024-Q1,CHILD,true" + ",".repeat(COHORT_HEADER.split(",").length - 3),
                "");
    }

    @Test
    void aTableWithoutGroupsStillHasItsHeader() {
        String csv = CSV.csv(new ReferralCohortReport(AS_OF, DecisionWindow.listOf(45, 90), 10, List.of(), BY_QUARTER_AND_AGE));

        assertThat(csv).isEqualTo(COHORT_HEADER + "\r\n");
    }

    @Test
    void windowColumnsAreNamedByTheirDaysWhateverWindowsWereAsked() {
        String csv = CSV.csv(new BacklogReport(AS_OF, DecisionWindow.listOf(30), 10, List.of(), Grouping.parse("", false)));

        assertThat(csv).isEqualTo("suppressed,awaitingReasonableGrounds,awaitingConclusiveGrounds,"
                + "daysWaitingSinceReasonableGrounds.n,daysWaitingSinceReasonableGrounds.mean,"
                + "daysWaitingSinceReasonableGrounds.median,daysWaitingSinceReasonableGrounds.p90,"
                + "daysWaitingSinceReasonableGrounds.min,daysWaitingSinceReasonableGrounds.max,beyondWindow.30.count\r\n");
    }

    @Test
    void valuesWithCommasOrQuotesAreQuotedAsRfc4180Says() {
        DecisionReport report = new DecisionReport(org.nrmtracker.kernel.referral.DecisionStage.REASONABLE_GROUNDS,
                null, AS_OF, 0, List.of(
                new DecisionReport.Group(Map.of("NATIONALITY", "A,B"), false, 1L, 1L, 0L, 1.0),
                new DecisionReport.Group(Map.of("NATIONALITY", "say \"x\""), false, 3L, 1L, 2L, 1.0 / 3)),
                Grouping.parse("NATIONALITY", true));

        assertThat(CSV.csv(report)).isEqualTo("NATIONALITY,suppressed,decided,positive,negative,positiveRate\r\n"
                + "\"A,B\",false,1,1,0,1\r\n"
                + "\"say \"\"x\"\"\",false,3,1,2,0.3333333333333333\r\n");
    }

    @Test
    void smallRatesAreWrittenAsPlainDecimals() {
        DecisionReport report = new DecisionReport(org.nrmtracker.kernel.referral.DecisionStage.REASONABLE_GROUNDS,
                null, AS_OF, 0, List.of(new DecisionReport.Group(Map.of(), false, 10000L, 5L, 9995L, 0.0005)),
                Grouping.parse("", true));

        assertThat(CSV.csv(report)).endsWith(",0.0005\r\n");
    }
}
