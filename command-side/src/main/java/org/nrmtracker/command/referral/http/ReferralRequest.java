package org.nrmtracker.command.referral.http;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.nrmtracker.command.referral.MakeReferral;
import org.nrmtracker.kernel.referral.Jurisdiction;
import org.nrmtracker.kernel.referral.ReferralId;

import java.time.LocalDate;
import java.util.UUID;

/** The body of {@code POST /api/v1/referrals} (docs/api.md §3.1). */
record ReferralRequest(UUID referralId,
                       @NotNull LocalDate referredOn,
                       @NotNull Jurisdiction jurisdiction,
                       @NotNull @Valid FirstResponderRequest firstResponder,
                       @NotNull @Valid SurvivorRequest survivor,
                       @NotNull @Valid ExploitationRequest exploitation) {

    MakeReferral toCommand() {
        return toCommand(ReferralId.random());
    }

    /** @param made the id the server makes when the body gives none */
    MakeReferral toCommand(ReferralId made) {
        ReferralId id = referralId == null ? made : new ReferralId(referralId);
        return new MakeReferral(id, referredOn, jurisdiction, firstResponder.toValue(), survivor.toValue(),
                exploitation.toValue());
    }
}
