package org.nrmtracker.command.referral;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.nrmtracker.kernel.referral.ReferralId;

import java.time.LocalDate;
import java.util.Objects;

/** Record that the adult withdrew from the NRM. */
public record WithdrawReferral(@TargetAggregateIdentifier ReferralId referralId, LocalDate withdrawnOn) {

    public WithdrawReferral {
        Objects.requireNonNull(referralId, "referralId");
        Objects.requireNonNull(withdrawnOn, "withdrawnOn");
    }
}
