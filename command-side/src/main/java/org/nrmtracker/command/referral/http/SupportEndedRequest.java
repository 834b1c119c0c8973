package org.nrmtracker.command.referral.http;

import jakarta.validation.constraints.NotNull;
import org.nrmtracker.command.referral.EndSupport;
import org.nrmtracker.kernel.referral.SupportEndReason;
import org.nrmtracker.kernel.referral.ReferralId;

import java.time.LocalDate;

record SupportEndedRequest(@NotNull LocalDate endedOn, @NotNull SupportEndReason reason) implements EventRequest {

    @Override
    public Object toCommand(ReferralId referralId) {
        return new EndSupport(referralId, endedOn, reason);
    }
}
