package org.nrmtracker.query.statistics;

import org.nrmtracker.kernel.referral.DecisionOutcome;
import org.nrmtracker.query.referral.ReferralRecordEvent;
import org.nrmtracker.query.referral.ReferralRecord;
import org.nrmtracker.query.referral.ReferralRecords;
import org.springframework.stereotype.Component;

import java.util.Map;

/** Answers {@link GetDecisionCounts} from the recorded decisions themselves, in one pass; no timeline is needed. */
@Component
class DecisionStatistics {

    private final ReferralRecords referrals;
    private final MinimumCellSize minimumCellSize;

    DecisionStatistics(ReferralRecords referrals, MinimumCellSize minimumCellSize) {
        this.referrals = referrals;
        this.minimumCellSize = minimumCellSize;
    }

    DecisionReport answer(GetDecisionCounts query) {
        Tallies<long[]> tallies = referrals.all().parallelStream()
                .filter(query.counted()::counts)
                .collect(() -> new Tallies<>(() -> new long[2], DecisionStatistics::join), // positive, negative
                        (partial, referral) -> add(partial, referral, query), Tallies::addAll);
        return new DecisionReport(query.stage(), query.decidedFrom(), query.decidedTo(), minimumCellSize.value(),
                tallies.sorted((key, counts) -> group(query.grouping().keyObject(key), counts)), query.grouping());
    }

    private static void add(Tallies<long[]> tallies, ReferralRecord referral, GetDecisionCounts query) {
        for (ReferralRecordEvent recorded : referral.events()) {
            DecisionOutcome counted = query.countedOutcome(recorded.event());
            if (counted != null) {
                int outcome = counted == DecisionOutcome.POSITIVE ? 0 : 1;
                query.grouping().forEachKey(referral, recorded.date(), key -> tallies.of(key)[outcome]++);
            }
        }
    }

    private static void join(long[] counts, long[] more) {
        counts[0] += more[0];
        counts[1] += more[1];
    }

    private DecisionReport.Group group(Map<String, String> key, long[] counts) {
        long decided = counts[0] + counts[1];
        if (minimumCellSize.suppresses(decided)) {
            return DecisionReport.Group.suppressed(key);
        }
        return new DecisionReport.Group(key, false, decided, counts[0], counts[1], Rate.of(counts[0], decided));
    }
}
