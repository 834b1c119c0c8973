package org.nrmtracker.command.referral;

import org.nrmtracker.kernel.referral.ReferralId;

import java.time.Instant;

/**
 * What every command on a referral answers: where the event sits in the referral's stream and when it was
 * recorded. {@code duplicate} says the identical event had already been recorded, so these are the original
 * sequence and time and nothing new was recorded (docs/api.md §1: answered with 200 rather than 201).
 */
public record RecordedEvent(ReferralId referralId, long sequence, Instant recordedAt, boolean duplicate) {

    RecordedEvent asDuplicate() {
        return new RecordedEvent(referralId, sequence, recordedAt, true);
    }
}
