package org.nrmtracker.query.statistics;

import org.nrmtracker.query.referral.ReferralRecord;
import org.nrmtracker.query.referral.ReferralRecords;
import org.nrmtracker.query.timeline.TimelineFigures;
import org.nrmtracker.query.timeline.Timelines;
import org.springframework.stereotype.Component;

/**
 * Answers {@link GetReferralCohorts} in one pass over the referrals: each one's timeline figures are read once and
 * added to the tally of every group it belongs to. Reading them is most of the work, so the pass is split over
 * the processors, each filling its own tallies.
 */
@Component
class ReferralCohortStatistics {

    private final ReferralRecords referrals;
    private final Timelines timelines;
    private final MinimumCellSize minimumCellSize;

    ReferralCohortStatistics(ReferralRecords referrals, Timelines timelines, MinimumCellSize minimumCellSize) {
        this.referrals = referrals;
        this.timelines = timelines;
        this.minimumCellSize = minimumCellSize;
    }

    ReferralCohortReport answer(GetReferralCohorts query) {
        Tallies<CohortTally> tallies = referrals.all().parallelStream()
                .filter(query.counted()::counts)
                .filter(referral -> query.includes(referral.referredOn()))
                .collect(() -> new Tallies<>(() -> new CohortTally(query.windows(), query.asOf()), CohortTally::addAll),
                        (partial, referral) -> add(partial, referral, query), Tallies::addAll);
        return new ReferralCohortReport(query.asOf(), query.windows(), minimumCellSize.value(),
                tallies.sorted((key, tally) -> tally.toGroup(query.grouping().keyObject(key), minimumCellSize)),
                query.grouping());
    }

    private void add(Tallies<CohortTally> tallies, ReferralRecord referral, GetReferralCohorts query) {
        TimelineFigures figures = timelines.figuresOf(referral, query.asOf(), query.windows());
        query.grouping().forEachKey(referral, null, key -> tallies.of(key).add(referral, figures));
    }
}
