package org.nrmtracker.query.statistics;

import org.nrmtracker.query.referral.ReferralRecord;
import org.nrmtracker.query.referral.ReferralRecords;
import org.nrmtracker.query.timeline.TimelineFigures;
import org.nrmtracker.query.timeline.Timelines;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Answers {@link GetConclusiveGroundsSurvival} in one pass over the referrals, split over the processors as the
 * cohorts' is, each referral put on the curve of every group it belongs to by {@link WaitForConclusiveGrounds}.
 */
@Component
class ConclusiveGroundsSurvival {

    private final ReferralRecords referrals;
    private final Timelines timelines;
    private final MinimumCellSize minimumCellSize;

    ConclusiveGroundsSurvival(ReferralRecords referrals, Timelines timelines, MinimumCellSize minimumCellSize) {
        this.referrals = referrals;
        this.timelines = timelines;
        this.minimumCellSize = minimumCellSize;
    }

    SurvivalReport answer(GetConclusiveGroundsSurvival query) {
        Tallies<KaplanMeier> tallies = referrals.all().parallelStream()
                .filter(referral -> query.includes(referral.referredOn()))
                .collect(() -> new Tallies<>(KaplanMeier::new, KaplanMeier::addAll),
                        (partial, referral) -> add(partial, referral, query), Tallies::addAll);
        return new SurvivalReport(query.asOf(), minimumCellSize.value(), SurvivalCurve.CONFIDENCE_LEVEL,
                tallies.sorted((key, curve) -> SurvivalGroup.of(query.grouping().keyObject(key), curve.curve(),
                        minimumCellSize)),
                query.grouping());
    }

    private void add(Tallies<KaplanMeier> tallies, ReferralRecord referral, GetConclusiveGroundsSurvival query) {
        TimelineFigures figures = timelines.figuresOf(referral, query.asOf(), List.of());
        if (figures.clockStart() != null) {
            query.grouping().forEachKey(referral, null,
                    key -> WaitForConclusiveGrounds.add(tallies.of(key), referral, figures, query.asOf()));
        }
    }
}
