package org.nrmtracker.query.statistics;

import org.nrmtracker.kernel.referral.ConclusiveGroundsDecisionRecorded;
import org.nrmtracker.kernel.referral.DecisionOutcome;
import org.nrmtracker.kernel.referral.DecisionStage;
import org.nrmtracker.kernel.referral.ReasonableGroundsDecisionRecorded;
import org.nrmtracker.kernel.referral.ReferralEvent;

import java.time.LocalDate;

/**
 * docs/api.md §5.2: every recorded decision of {@code stage} dated from {@code decidedFrom} (open when null) to
 * {@code decidedTo}, counted in the period it was made, as the Home Office tables count them.
 */
record GetDecisionCounts(DecisionStage stage, LocalDate decidedFrom, LocalDate decidedTo, Grouping grouping,
                         CountedReferrals counted) {

    GetDecisionCounts(DecisionStage stage, LocalDate decidedFrom, LocalDate decidedTo, Grouping grouping) {
        this(stage, decidedFrom, decidedTo, grouping, CountedReferrals.ALL);
    }

    /** The outcome of {@code event} when it is a decision this query counts, else null. */
    DecisionOutcome countedOutcome(ReferralEvent event) {
        if (stage == DecisionStage.REASONABLE_GROUNDS && event instanceof ReasonableGroundsDecisionRecorded decision) {
            return inPeriod(decision.decidedOn()) ? decision.outcome() : null;
        }
        if (stage == DecisionStage.CONCLUSIVE_GROUNDS && event instanceof ConclusiveGroundsDecisionRecorded decision) {
            return inPeriod(decision.decidedOn()) ? decision.outcome() : null;
        }
        return null;
    }

    private boolean inPeriod(LocalDate decidedOn) {
        return (decidedFrom == null || !decidedOn.isBefore(decidedFrom)) && !decidedOn.isAfter(decidedTo);
    }
}
