package org.nrmtracker.command.referral.http;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.nrmtracker.command.referral.CorrectEvent;
import org.nrmtracker.kernel.referral.CorrectionReason;
import org.nrmtracker.kernel.referral.ReferralId;

/** A correction of an earlier event (docs/api.md §2): its sequence, every field of it as it should have been, why. */
record EventCorrectedRequest(@NotNull @PositiveOrZero Long corrects, @NotNull @Valid ReplacementRequest replacement,
                             @NotNull CorrectionReason reason) implements EventRequest {

    @Override
    public Object toCommand(ReferralId referralId) {
        return new CorrectEvent(referralId, corrects, replacement.toValue(), reason);
    }
}
