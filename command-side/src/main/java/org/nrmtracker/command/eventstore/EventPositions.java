package org.nrmtracker.command.eventstore;

import com.mongodb.client.MongoDatabase;
import org.nrmtracker.kernel.eventstore.StoredEvents;
import org.nrmtracker.kernel.referral.ReferralId;
import org.springframework.stereotype.Component;

/**
 * Where a recorded event sits in the global stream (docs/api.md §1, {@code position}), for the write answers, so a
 * client can read its own write with {@code minPosition}. Read back from the store by the event's referral and
 * sequence once its unit of work has committed: that pair names exactly one stored event, whichever index the
 * store gave it, and it is the original's for an event found already recorded.
 */
@Component
public class EventPositions {

    private final StoredEvents stored;

    public EventPositions(MongoDatabase mongoDatabase) {
        this.stored = new StoredEvents(mongoDatabase);
    }

    /** @throws IllegalStateException when the event is not stored, which a committed command rules out */
    public long of(ReferralId referralId, long sequence) {
        return stored.positionOf(referralId.toString(), sequence).orElseThrow(() -> new IllegalStateException(
                "Event " + sequence + " of referral " + referralId + " is not stored"));
    }
}
