package org.nrmtracker.query.statistics;

import org.junit.jupiter.api.Test;
import org.nrmtracker.kernel.referral.DecisionStage;
import org.nrmtracker.platform.problem.InvalidRequest;
import org.nrmtracker.query.referral.ReferralRecord;
import org.nrmtracker.query.referral.ReferralRecords;
import org.nrmtracker.query.timeline.DecisionWindow;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.nrmtracker.kernel.referral.DecisionOutcome.NEGATIVE;
import static org.nrmtracker.kernel.referral.DecisionOutcome.POSITIVE;
import static org.nrmtracker.query.statistics.AReferral.referredOn;
import static org.nrmtracker.query.statistics.Fixtures.TIMELINES;

/** docs/api.md §5.5: every point of a series is the backlog of §5.3 on its date. */
class BacklogSeriesTest {

    @Test
    void everyPointIsTheBacklogOnItsDateOverSyntheticReferrals() {
        List<ReferralRecord> records = new ArrayList<>(StatisticsBenchmark.synthetic(3_000, new Random(16)));
        records.addAll(turnsAndReturns());
        ReferralRecords store = Fixtures.referrals(records);
        MinimumCellSize cells = new MinimumCellSize(5);
        BacklogStatistics backlog = new BacklogStatistics(store, TIMELINES, cells);
        BacklogSeries series = new BacklogSeries(store, TIMELINES, cells);
        for (String groupBy : List.of("", "AGE_AT_EXPLOITATION", "NATIONALITY,REFERRAL_YEAR")) {
            for (List<DecisionWindow> windows : List.of(DecisionWindow.DEFAULT, DecisionWindow.listOf(1, 30, 365))) {
                for (BacklogInterval interval : BacklogInterval.values()) {
                    Grouping grouping = Grouping.parse(groupBy, false);
                    List<LocalDate> points = BacklogSeriesRange.points(interval, LocalDate.parse("2019-11-15"),
                            LocalDate.parse("2025-03-31"));
                    BacklogSeriesReport answer = series.answer(new GetBacklogSeries(points, grouping, windows));

                    assertThat(answer.points()).extracting(BacklogReport::asOf).containsExactlyElementsOf(points);
                    for (BacklogReport point : answer.points()) {
                        assertThat(point).as("%s by %s, %s", point.asOf(), groupBy, windows)
                                .isEqualTo(backlog.answer(new GetBacklog(point.asOf(), grouping, windows)));
                    }
                }
            }
        }
    }

    @Test
    void pointsAreTheMonthOrQuarterEndsInTheRange() {
        assertThat(BacklogSeriesRange.points(BacklogInterval.MONTH, LocalDate.parse("2024-01-31"),
                LocalDate.parse("2024-04-29"))).extracting(LocalDate::toString)
                .containsExactly("2024-01-31", "2024-02-29", "2024-03-31");
        assertThat(BacklogSeriesRange.points(BacklogInterval.QUARTER, LocalDate.parse("2024-02-01"),
                LocalDate.parse("2024-12-31"))).extracting(LocalDate::toString)
                .containsExactly("2024-03-31", "2024-06-30", "2024-09-30", "2024-12-31");
        assertThat(BacklogSeriesRange.points(BacklogInterval.MONTH, LocalDate.parse("2024-03-02"),
                LocalDate.parse("2024-03-30"))).isEmpty();
    }

    @Test
    void aRangeOfMoreThanTheMostPointsIsRefusedNamingFrom() {
        assertThat(BacklogSeriesRange.points(BacklogInterval.MONTH, LocalDate.parse("2005-01-01"),
                LocalDate.parse("2024-12-31"))).hasSize(BacklogSeriesRange.MAX_POINTS);
        assertThatThrownBy(() -> BacklogSeriesRange.points(BacklogInterval.MONTH, LocalDate.parse("2004-12-01"),
                LocalDate.parse("2024-12-31"))).isInstanceOf(InvalidRequest.class);
        assertThatThrownBy(() -> BacklogSeriesRange.points(BacklogInterval.QUARTER, LocalDate.parse("0001-01-01"),
                LocalDate.parse("9999-12-31"))).isInstanceOf(InvalidRequest.class);
    }

    /** Referrals whose status goes back and forth, which the synthetic ones never do. */
    private static List<ReferralRecord> turnsAndReturns() {
        return List.of(
                referredOn("2020-01-10").reasonableGrounds("2020-02-01", NEGATIVE)
                        .reconsiderationRequested(DecisionStage.REASONABLE_GROUNDS, "2020-02-20")
                        .reasonableGrounds("2020-04-15", POSITIVE).record(),
                referredOn("2020-01-10").reasonableGrounds("2020-01-31", POSITIVE)
                        .conclusiveGrounds("2020-06-30", NEGATIVE)
                        .reconsiderationRequested(DecisionStage.CONCLUSIVE_GROUNDS, "2020-07-31")
                        .conclusiveGrounds("2021-01-31", POSITIVE).record(),
                referredOn("2020-01-31").reasonableGrounds("2020-01-31", POSITIVE).withdrawn("2020-03-31").record(),
                referredOn("2020-02-29").record());
    }
}
