package org.nrmtracker.command.referral.http;

import jakarta.validation.constraints.NotNull;
import org.nrmtracker.command.referral.WithdrawReferral;
import org.nrmtracker.kernel.referral.ReferralId;

import java.time.LocalDate;

record WithdrawnRequest(@NotNull LocalDate withdrawnOn) implements EventRequest {

    @Override
    public Object toCommand(ReferralId referralId) {
        return new WithdrawReferral(referralId, withdrawnOn);
    }
}
