package org.nrmtracker.kernel.referral;

import java.time.LocalDate;

/** The adult withdrew from the NRM; nothing more is recorded after this. */
public record ReferralWithdrawn(ReferralId referralId, LocalDate withdrawnOn) implements ReferralEvent {
}
