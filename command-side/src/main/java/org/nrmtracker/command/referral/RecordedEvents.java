package org.nrmtracker.command.referral;

import org.nrmtracker.kernel.referral.ReferralEvent;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

/**
 * Every event of a referral's stream with its position and recording time, so that an event identical to one
 * already recorded is acknowledged with the original's answer instead of being recorded twice (docs/api.md §1).
 */
final class RecordedEvents {

    private final Map<ReferralEvent, RecordedEvent> byEvent = new HashMap<>();

    void remember(ReferralEvent event, long sequence, Instant recordedAt) {
        // keep the first: a stream imported before duplicates were refused may hold the same event twice;
        // the event store keeps recording times to the millisecond, so the answer to the command that recorded
        // the event agrees with every later acknowledgement and with the audit trail
        byEvent.putIfAbsent(event,
                new RecordedEvent(event.referralId(), sequence, recordedAt.truncatedTo(ChronoUnit.MILLIS), false));
    }

    /** Where the event sits in the stream, or null when no identical event is recorded. */
    RecordedEvent find(ReferralEvent event) {
        return byEvent.get(event);
    }
}
