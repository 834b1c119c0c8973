package org.nrmtracker.command.referral.http;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.nrmtracker.command.referral.RetractEvent;
import org.nrmtracker.kernel.referral.CorrectionReason;
import org.nrmtracker.kernel.referral.ReferralId;

/** A retraction of an earlier event (docs/api.md §2): sequence 0 retracts the whole referral. */
record EventRetractedRequest(@NotNull @PositiveOrZero Long retracts, @NotNull CorrectionReason reason)
        implements EventRequest {

    @Override
    public Object toCommand(ReferralId referralId) {
        return new RetractEvent(referralId, retracts, reason);
    }
}
