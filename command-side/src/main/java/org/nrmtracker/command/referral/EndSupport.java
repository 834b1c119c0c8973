package org.nrmtracker.command.referral;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.nrmtracker.kernel.referral.ReferralId;
import org.nrmtracker.kernel.referral.SupportEndReason;

import java.time.LocalDate;
import java.util.Objects;

/** Record that the open support period ended, and why. */
public record EndSupport(@TargetAggregateIdentifier ReferralId referralId, LocalDate endedOn, SupportEndReason reason) {

    public EndSupport {
        Objects.requireNonNull(referralId, "referralId");
        Objects.requireNonNull(endedOn, "endedOn");
        Objects.requireNonNull(reason, "reason");
    }
}
