package org.nrmtracker.query.statistics;

import org.nrmtracker.query.referral.ReferralRecord;
import org.nrmtracker.query.referral.ReferralRecords;
import org.nrmtracker.query.timeline.Timelines;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Answers {@link GetBacklogSeries} in one pass over the referrals, split over the processors: each referral is
 * added to the tallies of every point it is open at ({@link BacklogSeriesTallies}), not read again per point.
 */
@Component
class BacklogSeries {

    private final ReferralRecords referrals;
    private final Timelines timelines;
    private final MinimumCellSize minimumCellSize;

    BacklogSeries(ReferralRecords referrals, Timelines timelines, MinimumCellSize minimumCellSize) {
        this.referrals = referrals;
        this.timelines = timelines;
        this.minimumCellSize = minimumCellSize;
    }

    BacklogSeriesReport answer(GetBacklogSeries query) {
        List<LocalDate> points = query.points();
        if (points.isEmpty()) {
            return new BacklogSeriesReport(List.of(), query.windows(), query.grouping());
        }
        LocalDate last = points.get(points.size() - 1);
        BacklogSeriesTallies tallies = referrals.all().parallelStream()
                .filter(referral -> !referral.referredOn().isAfter(last))
                .collect(() -> new BacklogSeriesTallies(query, timelines), BacklogSeriesTallies::add,
                        BacklogSeriesTallies::addAll);
        List<BacklogReport> reports = new ArrayList<>(points.size());
        for (int p = 0; p < points.size(); p++) {
            reports.add(new BacklogReport(points.get(p), query.windows(), minimumCellSize.value(),
                    tallies.at(p).sorted((key, tally) -> tally.toGroup(query.grouping().keyObject(key), minimumCellSize)),
                    query.grouping()));
        }
        return new BacklogSeriesReport(reports, query.windows(), query.grouping());
    }
}
