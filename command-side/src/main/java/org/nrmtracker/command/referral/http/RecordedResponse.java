package org.nrmtracker.command.referral.http;

import org.nrmtracker.command.referral.RecordedEvent;
import org.nrmtracker.kernel.eventstore.RecordedAt;

/** What a provider gets back for every event: where it sits in the referral's stream, and when it was recorded. */
record RecordedResponse(String referralId, long sequence, String recordedAt) {

    static RecordedResponse of(RecordedEvent recorded) {
        return new RecordedResponse(recorded.referralId().toString(), recorded.sequence(),
                RecordedAt.format(recorded.recordedAt()));
    }
}
