package org.nrmtracker.command.erasure;

import org.nrmtracker.command.referral.RecordedEvent;
import org.nrmtracker.kernel.eventstore.RecordedAt;

/**
 * The answer to an erasure, the same every time it is asked (docs/api.md §3.4): the erasure's event in the
 * referral's stream and in the global stream, and when it was recorded.
 */
record ErasureResponse(String referralId, long sequence, long position, String recordedAt,
                       boolean personalDataErased) {

    static ErasureResponse of(RecordedEvent erasure, long position) {
        return new ErasureResponse(erasure.referralId().toString(), erasure.sequence(), position,
                RecordedAt.format(erasure.recordedAt()), true);
    }
}
