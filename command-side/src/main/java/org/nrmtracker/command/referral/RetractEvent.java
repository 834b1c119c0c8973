package org.nrmtracker.command.referral;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.nrmtracker.kernel.referral.CorrectionReason;
import org.nrmtracker.kernel.referral.ReferralId;

import java.util.Objects;

/** Retract an event, which is then treated as never having happened; sequence 0 retracts the whole referral. */
public record RetractEvent(@TargetAggregateIdentifier ReferralId referralId, long retracts, CorrectionReason reason) {

    public RetractEvent {
        Objects.requireNonNull(referralId, "referralId");
        Objects.requireNonNull(reason, "reason");
    }
}
