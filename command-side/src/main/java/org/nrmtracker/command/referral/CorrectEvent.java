package org.nrmtracker.command.referral;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.nrmtracker.kernel.referral.CorrectionReason;
import org.nrmtracker.kernel.referral.ReferralId;

import java.util.Objects;

/** Correct an event recorded wrongly: {@code replacement} holds every field of its type as it should have been. */
public record CorrectEvent(@TargetAggregateIdentifier ReferralId referralId, long corrects, Replacement replacement,
                           CorrectionReason reason) {

    public CorrectEvent {
        Objects.requireNonNull(referralId, "referralId");
        Objects.requireNonNull(replacement, "replacement");
        Objects.requireNonNull(reason, "reason");
    }
}
