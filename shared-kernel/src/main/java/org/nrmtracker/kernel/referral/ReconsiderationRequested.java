package org.nrmtracker.kernel.referral;

import java.time.LocalDate;

/** Reconsideration was requested of the latest negative decision of a stage. */
public record ReconsiderationRequested(ReferralId referralId, DecisionStage stage, LocalDate requestedOn) implements ReferralEvent {
}
