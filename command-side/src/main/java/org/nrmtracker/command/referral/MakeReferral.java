package org.nrmtracker.command.referral;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.nrmtracker.kernel.referral.Exploitation;
import org.nrmtracker.kernel.referral.FirstResponder;
import org.nrmtracker.kernel.referral.Jurisdiction;
import org.nrmtracker.kernel.referral.ReferralId;
import org.nrmtracker.kernel.referral.Survivor;

import java.time.LocalDate;
import java.util.Objects;

/** Record that a first responder referred a potential victim to the NRM (docs/api.md §3.1). */
public record MakeReferral(@TargetAggregateIdentifier ReferralId referralId, LocalDate referredOn,
                           Jurisdiction jurisdiction, FirstResponder firstResponder, Survivor survivor,
                           Exploitation exploitation) {

    public MakeReferral {
        Objects.requireNonNull(referralId, "referralId");
        Objects.requireNonNull(referredOn, "referredOn");
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(firstResponder, "firstResponder");
        Objects.requireNonNull(survivor, "survivor");
        Objects.requireNonNull(exploitation, "exploitation");
    }
}
