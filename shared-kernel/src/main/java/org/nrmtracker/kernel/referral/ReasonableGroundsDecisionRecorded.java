package org.nrmtracker.kernel.referral;

import java.time.LocalDate;

/** A competent authority decided whether there are reasonable grounds to believe the person is a victim. */
public record ReasonableGroundsDecisionRecorded(ReferralId referralId, LocalDate decidedOn, DecisionOutcome outcome) implements ReferralEvent {
}
