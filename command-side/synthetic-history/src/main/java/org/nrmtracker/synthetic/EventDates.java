package org.nrmtracker.synthetic;

import org.nrmtracker.kernel.referral.ConclusiveGroundsDecisionRecorded;
import org.nrmtracker.kernel.referral.ReasonableGroundsDecisionRecorded;
import org.nrmtracker.kernel.referral.ReconsiderationRequested;
import org.nrmtracker.kernel.referral.ReferralEvent;
import org.nrmtracker.kernel.referral.ReferralMade;
import org.nrmtracker.kernel.referral.ReferralWithdrawn;
import org.nrmtracker.kernel.referral.SupportEnded;
import org.nrmtracker.kernel.referral.SupportStarted;

import java.time.LocalDate;

/** The business date each kind of event carries. */
final class EventDates {

    private EventDates() {
    }

    static LocalDate dateOf(ReferralEvent event) {
        if (event instanceof ReferralMade made) {
            return made.referredOn();
        }
        if (event instanceof ReasonableGroundsDecisionRecorded rg) {
            return rg.decidedOn();
        }
        if (event instanceof ConclusiveGroundsDecisionRecorded cg) {
            return cg.decidedOn();
        }
        if (event instanceof ReconsiderationRequested request) {
            return request.requestedOn();
        }
        if (event instanceof SupportStarted started) {
            return started.startedOn();
        }
        if (event instanceof SupportEnded ended) {
            return ended.endedOn();
        }
        return ((ReferralWithdrawn) event).withdrawnOn();
    }
}
