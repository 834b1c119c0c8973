package org.nrmtracker.command.referral;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.nrmtracker.kernel.referral.DecisionOutcome;
import org.nrmtracker.kernel.referral.ReferralId;

import java.time.LocalDate;
import java.util.Objects;

/** Record the competent authority's conclusive-grounds decision. */
public record RecordConclusiveGroundsDecision(@TargetAggregateIdentifier ReferralId referralId, LocalDate decidedOn,
                                              DecisionOutcome outcome) {

    public RecordConclusiveGroundsDecision {
        Objects.requireNonNull(referralId, "referralId");
        Objects.requireNonNull(decidedOn, "decidedOn");
        Objects.requireNonNull(outcome, "outcome");
    }
}
