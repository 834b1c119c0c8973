package org.nrmtracker.query.statistics;

import org.nrmtracker.query.referral.ReferralRecord;
import org.nrmtracker.query.referral.ReferralRecords;
import org.nrmtracker.query.timeline.ReferralStatus;
import org.nrmtracker.query.timeline.Timeline;
import org.nrmtracker.query.timeline.Timelines;
import org.springframework.stereotype.Component;

/**
 * Answers {@link GetBacklog}. Awaiting RG: no RG decision and no withdrawal dated on or before {@code asOf};
 * awaiting CG: a positive RG, no CG and no withdrawal dated on or before it. Whole timelines are built only for
 * the referrals awaiting CG; the pass is split over the processors like the cohorts'.
 */
@Component
class BacklogStatistics {

    private final ReferralRecords referrals;
    private final Timelines timelines;
    private final MinimumCellSize minimumCellSize;

    BacklogStatistics(ReferralRecords referrals, Timelines timelines, MinimumCellSize minimumCellSize) {
        this.referrals = referrals;
        this.timelines = timelines;
        this.minimumCellSize = minimumCellSize;
    }

    BacklogReport answer(GetBacklog query) {
        Tallies<BacklogTally> tallies = referrals.all().parallelStream()
                .filter(query.counted()::counts)
                .filter(referral -> !referral.referredOn().isAfter(query.asOf()))
                .collect(() -> new Tallies<>(() -> new BacklogTally(query.windows(), query.asOf()), BacklogTally::addAll),
                        (partial, referral) -> add(partial, referral, query), Tallies::addAll);
        return new BacklogReport(query.asOf(), query.windows(), minimumCellSize.value(),
                tallies.sorted((key, tally) -> tally.toGroup(query.grouping().keyObject(key), minimumCellSize)),
                query.grouping());
    }

    private void add(Tallies<BacklogTally> tallies, ReferralRecord referral, GetBacklog query) {
        ReferralStatus status = timelines.statusOf(referral, query.asOf());
        if (status == ReferralStatus.AWAITING_REASONABLE_GROUNDS) {
            query.grouping().forEachKey(referral, null, key -> tallies.of(key).addAwaitingReasonableGrounds());
        } else if (status == ReferralStatus.AWAITING_CONCLUSIVE_GROUNDS) {
            Timeline timeline = timelines.summaryOf(referral, query.asOf(), query.windows());
            query.grouping().forEachKey(referral, null, key -> tallies.of(key).addAwaitingConclusiveGrounds(timeline));
        }
    }
}
