package org.nrmtracker.command.referral;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.nrmtracker.kernel.referral.ErasureReason;
import org.nrmtracker.kernel.referral.ReferralId;

import java.util.Objects;

/**
 * Erase the referral's personal data (docs/personal-data.md): recorded once, acknowledged alike every later time.
 *
 * @param byAdministrator an administrator's erasure (scope {@code admin}), allowed on any organisation's referral;
 *                        a provider erases only its own organisation's
 */
public record ErasePersonalData(@TargetAggregateIdentifier ReferralId referralId, ErasureReason reason,
                                boolean byAdministrator) {

    public ErasePersonalData {
        Objects.requireNonNull(referralId, "referralId");
        Objects.requireNonNull(reason, "reason");
    }
}
