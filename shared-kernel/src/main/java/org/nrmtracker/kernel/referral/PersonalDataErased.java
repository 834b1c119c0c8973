package org.nrmtracker.kernel.referral;

import java.time.LocalDate;

/**
 * The referral's personal data was erased by destroying its key (docs/personal-data.md): its sealed fields can no
 * longer be opened by anyone. The audit trail of the erasure itself: who is the event's {@code recordedBy}, when
 * its {@code recordedAt} and {@code erasedOn}, why its {@code reason}. It carries no personal data.
 */
public record PersonalDataErased(ReferralId referralId, LocalDate erasedOn, ErasureReason reason)
        implements ReferralEvent {
}
