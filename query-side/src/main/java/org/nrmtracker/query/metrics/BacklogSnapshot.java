package org.nrmtracker.query.metrics;

import org.nrmtracker.query.referral.ReferralRecord;
import org.nrmtracker.query.timeline.DecisionWindow;
import org.nrmtracker.query.timeline.ReferralStatus;
import org.nrmtracker.query.timeline.Timeline;
import org.nrmtracker.query.timeline.Timelines;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The open cases as of one day, reduced to the numbers the gauges show. */
record BacklogSnapshot(long awaitingReasonableGrounds, long awaitingConclusiveGrounds, long[] beyondWindow,
                       WaitStatistics waitSinceReferral, WaitStatistics waitSinceReasonableGrounds) {

    static BacklogSnapshot of(Collection<ReferralRecord> records, Timelines timelines, LocalDate today,
                              List<DecisionWindow> windows) {
        long[] beyond = new long[windows.size()];
        List<Long> waitingForRg = new ArrayList<>();
        List<Long> waitingForCg = new ArrayList<>();
        for (ReferralRecord record : records) {
            // the gauges never read the events, so the cheaper summary timeline does
            Timeline timeline = timelines.summaryOf(record, today, windows);
            if (timeline.status() == ReferralStatus.AWAITING_REASONABLE_GROUNDS) {
                waitingForRg.add(ChronoUnit.DAYS.between(record.referredOn(), today));
            } else if (timeline.status() == ReferralStatus.AWAITING_CONCLUSIVE_GROUNDS
                    && timeline.recoveryPeriod().startsOn() != null) {
                long waited = ChronoUnit.DAYS.between(timeline.recoveryPeriod().startsOn(), today);
                waitingForCg.add(waited);
                for (int i = 0; i < windows.size(); i++) {
                    if (windows.get(i).isPastAfter(waited)) {
                        beyond[i]++;
                    }
                }
            }
        }
        return new BacklogSnapshot(waitingForRg.size(), waitingForCg.size(), beyond,
                WaitStatistics.of(waitingForRg), WaitStatistics.of(waitingForCg));
    }
}
