package org.nrmtracker.query.statistics;

import org.nrmtracker.kernel.referral.ReferralWithdrawn;
import org.nrmtracker.query.referral.ReferralRecord;
import org.nrmtracker.query.referral.ReferralRecordEvent;
import org.nrmtracker.query.timeline.ReferralStatus;
import org.nrmtracker.query.timeline.TimelineFigures;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Who is on a curve of the wait from the first positive RG decision {@code S} to the first CG decision, and how
 * (docs/api.md §5.1, §5.4): the same for the cohorts' median and the survival curves. A referral without a positive
 * RG as of {@code asOf} is not; one decided is an event at its days from {@code S}; one still waiting is censored at
 * {@code asOf}, a withdrawn one at its withdrawal.
 */
final class WaitForConclusiveGrounds {

    static void add(KaplanMeier curve, ReferralRecord referral, TimelineFigures figures, LocalDate asOf) {
        LocalDate clockStart = figures.clockStart();
        if (clockStart == null) {
            return;
        }
        Long decidedAfter = figures.conclusiveGrounds().daysFromReasonableGrounds();
        if (decidedAfter != null) {
            curve.event(decidedAfter);
        } else {
            curve.censored(ChronoUnit.DAYS.between(clockStart, waitEnded(referral, figures, asOf)));
        }
    }

    private static LocalDate waitEnded(ReferralRecord referral, TimelineFigures figures, LocalDate asOf) {
        if (figures.status() == ReferralStatus.WITHDRAWN) {
            for (ReferralRecordEvent recorded : referral.events()) {
                if (recorded.event() instanceof ReferralWithdrawn withdrawal && !withdrawal.withdrawnOn().isAfter(asOf)) {
                    return withdrawal.withdrawnOn();
                }
            }
        }
        return asOf;
    }

    private WaitForConclusiveGrounds() {
    }
}
