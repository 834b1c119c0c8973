package org.nrmtracker.command.referral.http;

import jakarta.validation.constraints.NotNull;
import org.nrmtracker.command.referral.RequestReconsideration;
import org.nrmtracker.kernel.referral.DecisionStage;
import org.nrmtracker.kernel.referral.ReferralId;

import java.time.LocalDate;

record ReconsiderationRequest(@NotNull DecisionStage stage, @NotNull LocalDate requestedOn) implements EventRequest {

    @Override
    public Object toCommand(ReferralId referralId) {
        return new RequestReconsideration(referralId, stage, requestedOn);
    }
}
