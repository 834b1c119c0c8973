package org.nrmtracker.kernel.referral;

import java.time.LocalDate;

/** A competent authority made its conclusive-grounds decision. */
public record ConclusiveGroundsDecisionRecorded(ReferralId referralId, LocalDate decidedOn, DecisionOutcome outcome) implements ReferralEvent {
}
