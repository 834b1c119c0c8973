package org.nrmtracker.kernel.referral;

import java.time.LocalDate;

/** A first responder referred a potential victim to the NRM. Carries the whole referral as posted. */
public record ReferralMade(ReferralId referralId, LocalDate referredOn, Jurisdiction jurisdiction,
                           FirstResponder firstResponder, Survivor survivor, Exploitation exploitation)
        implements ReferralEvent {
}
