package org.nrmtracker.kernel.referral;

import java.time.LocalDate;

/** The person entered support. */
public record SupportStarted(ReferralId referralId, LocalDate startedOn, SupportKind kind) implements ReferralEvent {
}
