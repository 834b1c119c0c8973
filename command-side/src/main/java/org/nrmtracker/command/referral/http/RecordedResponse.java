package org.nrmtracker.command.referral.http;

import org.nrmtracker.command.referral.RecordedEvent;
import org.nrmtracker.kernel.eventstore.RecordedAt;

/**
 * What a provider gets back for every event: where it sits in the referral's stream and in the global stream
 * ({@code position}, what a read's {@code minPosition} takes: docs/api.md §1), and when it was recorded.
 */
record RecordedResponse(String referralId, long sequence, long position, String recordedAt) {

    static RecordedResponse of(RecordedEvent recorded, long position) {
        return new RecordedResponse(recorded.referralId().toString(), recorded.sequence(), position,
                RecordedAt.format(recorded.recordedAt()));
    }
}
