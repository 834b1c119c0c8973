package org.nrmtracker.command.referral;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.nrmtracker.kernel.referral.DecisionStage;
import org.nrmtracker.kernel.referral.ReferralId;

import java.time.LocalDate;
import java.util.Objects;

/** Request reconsideration of the latest negative decision of a stage. */
public record RequestReconsideration(@TargetAggregateIdentifier ReferralId referralId, DecisionStage stage,
                                     LocalDate requestedOn) {

    public RequestReconsideration {
        Objects.requireNonNull(referralId, "referralId");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(requestedOn, "requestedOn");
    }
}
