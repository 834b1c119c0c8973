package org.nrmtracker.command.referral.http;

import jakarta.validation.constraints.NotNull;
import org.nrmtracker.command.referral.RecordReasonableGroundsDecision;
import org.nrmtracker.kernel.referral.DecisionOutcome;
import org.nrmtracker.kernel.referral.ReferralId;

import java.time.LocalDate;

record ReasonableGroundsDecisionRequest(@NotNull LocalDate decidedOn, @NotNull DecisionOutcome outcome) implements EventRequest {

    @Override
    public Object toCommand(ReferralId referralId) {
        return new RecordReasonableGroundsDecision(referralId, decidedOn, outcome);
    }
}
