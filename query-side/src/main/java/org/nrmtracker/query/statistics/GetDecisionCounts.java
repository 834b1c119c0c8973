package org.nrmtracker.query.statistics;

import org.nrmtracker.kernel.referral.DecisionStage;
import org.nrmtracker.kernel.referral.ReferralEventType;
import org.nrmtracker.query.referral.RecordedFact;

import java.time.LocalDate;

/**
 * Contract §5.2: every recorded decision of {@code stage} dated from {@code decidedFrom} (open when null) to
 * {@code decidedTo}, counted in the period it was made, as the Home Office tables count them.
 */
record GetDecisionCounts(DecisionStage stage, LocalDate decidedFrom, LocalDate decidedTo, Grouping grouping) {

    boolean counts(RecordedFact fact) {
        ReferralEventType type = stage == DecisionStage.REASONABLE_GROUNDS
                ? ReferralEventType.REASONABLE_GROUNDS_DECISION : ReferralEventType.CONCLUSIVE_GROUNDS_DECISION;
        return fact.type() == type
                && (decidedFrom == null || !fact.date().isBefore(decidedFrom))
                && !fact.date().isAfter(decidedTo);
    }
}
