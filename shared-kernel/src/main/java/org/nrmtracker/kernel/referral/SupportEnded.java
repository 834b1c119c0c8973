package org.nrmtracker.kernel.referral;

import java.time.LocalDate;

/** The open support period ended. */
public record SupportEnded(ReferralId referralId, LocalDate endedOn, SupportEndReason reason) implements ReferralEvent {
}
