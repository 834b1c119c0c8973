package org.nrmtracker.query.referral;

import org.nrmtracker.kernel.referral.DecisionOutcome;
import org.nrmtracker.kernel.referral.DecisionStage;
import org.nrmtracker.kernel.referral.ReferralEventType;
import org.nrmtracker.kernel.referral.SupportEndReason;
import org.nrmtracker.kernel.referral.SupportKind;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One event of a referral as the read side keeps it: its business {@code date} (referredOn,
 * decidedOn, requestedOn, startedOn, endedOn or withdrawnOn) and whichever detail its type has.
 */
public record RecordedFact(long sequence, ReferralEventType type, LocalDate date, DecisionOutcome outcome,
                           DecisionStage stage, SupportKind kind, SupportEndReason reason, Instant recordedAt) {
}
