package org.nrmtracker.query.referral;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.nrmtracker.kernel.referral.ReferralEvent;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every referral, in memory, for statistics, lists and domain metrics, which read all referrals at
 * once (the embedded server could only answer those with a full scan), and for single referrals once
 * it has caught up ({@link ReferralRecordsView}). Each query-side instance keeps its own copy, built
 * from the event store when it starts (its tokens are not shared).
 */
@Component
@ProcessingGroup(ReferralRecordsInMemory.PROCESSING_GROUP)
class ReferralRecordsInMemory {

    static final String PROCESSING_GROUP = "referral-records-memory";

    private volatile Map<String, ReferralRecord> records = new ConcurrentHashMap<>();

    @EventHandler
    void on(ReferralEvent event, @SequenceNumber Long sequence, @Timestamp Instant recordedAt,
            @MetaDataValue(ReferralRecordFolding.ORGANISATION) String organisation) {
        // one referral's events always arrive in order on one segment, so compute is never contended
        records.compute(event.referralId().toString(),
                (id, current) -> ReferralRecordFolding.apply(current, event, sequence, recordedAt, organisation));
    }

    @ResetHandler
    void reset() {
        records.clear();
    }

    /** Applies an event outside the processor: idempotent, so safe for events it has already seen. */
    void apply(ReferralEvent event, long sequence, Instant recordedAt, String organisation) {
        on(event, sequence, recordedAt, organisation);
    }

    Map<String, ReferralRecord> snapshot() {
        return Map.copyOf(records);
    }

    /**
     * Replaces every record at once: readers see either the old or the new model, never a mix. A concurrent map is
     * taken over as it is, so the caller must not change it afterwards.
     */
    void replaceWith(Map<String, ReferralRecord> rebuilt) {
        records = rebuilt instanceof ConcurrentHashMap<String, ReferralRecord> concurrent
                ? concurrent : new ConcurrentHashMap<>(rebuilt);
    }

    Optional<ReferralRecord> byId(String referralId) {
        return Optional.ofNullable(records.get(referralId));
    }

    Collection<ReferralRecord> all() {
        return Collections.unmodifiableCollection(records.values());
    }
}
