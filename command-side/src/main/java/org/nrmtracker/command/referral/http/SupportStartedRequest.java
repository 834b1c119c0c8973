package org.nrmtracker.command.referral.http;

import jakarta.validation.constraints.NotNull;
import org.nrmtracker.command.referral.StartSupport;
import org.nrmtracker.kernel.referral.SupportKind;
import org.nrmtracker.kernel.referral.ReferralId;

import java.time.LocalDate;

record SupportStartedRequest(@NotNull LocalDate startedOn, @NotNull SupportKind kind) implements EventRequest {

    @Override
    public Object toCommand(ReferralId referralId) {
        return new StartSupport(referralId, startedOn, kind);
    }
}
