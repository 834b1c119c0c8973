package org.nrmtracker.command.referral;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.nrmtracker.kernel.referral.DecisionOutcome;
import org.nrmtracker.kernel.referral.ReferralId;

import java.time.LocalDate;
import java.util.Objects;

/** Record the competent authority's reasonable-grounds decision. */
public record RecordReasonableGroundsDecision(@TargetAggregateIdentifier ReferralId referralId, LocalDate decidedOn,
                                              DecisionOutcome outcome) {

    public RecordReasonableGroundsDecision {
        Objects.requireNonNull(referralId, "referralId");
        Objects.requireNonNull(decidedOn, "decidedOn");
        Objects.requireNonNull(outcome, "outcome");
    }
}
