package org.nrmtracker.command.referral;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.nrmtracker.kernel.referral.ReferralId;
import org.nrmtracker.kernel.referral.SupportKind;

import java.time.LocalDate;
import java.util.Objects;

/** Record that the person entered support. */
public record StartSupport(@TargetAggregateIdentifier ReferralId referralId, LocalDate startedOn, SupportKind kind) {

    public StartSupport {
        Objects.requireNonNull(referralId, "referralId");
        Objects.requireNonNull(startedOn, "startedOn");
        Objects.requireNonNull(kind, "kind");
    }
}
