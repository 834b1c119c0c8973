package org.nrmtracker.benchmark;

import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.nrmtracker.kernel.referral.RecordingMetaData;
import org.nrmtracker.kernel.referral.ReferralEvent;
import org.nrmtracker.query.referral.ReferralRecord;
import org.nrmtracker.query.referral.ReferralRecordFolding;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The replayed handler: folds every event into referral records exactly as the query side's
 * in-memory read model does, and keeps count of what it was given, so a replay is both timed and
 * checked (every event once, none twice, none failing).
 */
final class FoldingHandler {

    private final Map<String, ReferralRecord> records = new ConcurrentHashMap<>();
    final Deliveries deliveries;

    FoldingHandler(int expected) {
        this.deliveries = new Deliveries(expected);
    }

    @EventHandler
    void on(ReferralEvent event, EventMessage<?> message, @SequenceNumber Long sequence, @Timestamp Instant recordedAt,
            @MetaDataValue(RecordingMetaData.ORGANISATION) String organisation) {
        try {
            records.compute(event.referralId().toString(),
                    (id, current) -> ReferralRecordFolding.apply(current, event, sequence, recordedAt, organisation));
        } catch (RuntimeException e) {
            deliveries.failed();
            throw e;
        }
        deliveries.delivered(message);
    }
}
