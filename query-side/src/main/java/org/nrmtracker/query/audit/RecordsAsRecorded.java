package org.nrmtracker.query.audit;

import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.nrmtracker.kernel.eventstore.StoredEvent;
import org.nrmtracker.kernel.eventstore.StoredEvents;
import org.nrmtracker.kernel.referral.ReferralEvent;
import org.nrmtracker.kernel.referral.ReferralMade;
import org.nrmtracker.query.referral.ReferralRecord;
import org.nrmtracker.query.audit.IntegrityReport.Violation;
import org.nrmtracker.query.referral.ReferralRecordFolding;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A referral's record built straight from its stored events, keeping only those recorded before a
 * moment (docs/api.md §6.4): what the system knew then. It folds the events with the projections'
 * own rules, so the timeline that follows is computed exactly as a live one is.
 */
@Component
class RecordsAsRecorded {

    private final StoredEvents storedEvents;
    private final Serializer serializer;

    RecordsAsRecorded(StoredEvents storedEvents, @Qualifier("eventSerializer") Serializer serializer) {
        this.storedEvents = storedEvents;
        this.serializer = serializer;
    }

    /** What was read: the record (null when the referral was not recorded before the instant) and why not all. */
    record AsRecorded(ReferralRecord record, List<Violation> violations) {
    }

    /**
     * Folds the events recorded before {@code recordedBefore}. An event that cannot be read (a stored field of the
     * wrong type, a payload that no longer fits its type, a recordedAt that is not an instant) is left out and
     * reported: it may have been recorded before the instant, so the record may lack it.
     */
    AsRecorded recordedBefore(String referralId, Instant recordedBefore) {
        ReferralRecord record = null;
        List<Violation> violations = new ArrayList<>();
        for (StoredEvent stored : storedEvents.streamOf(referralId)) {
            if (!stored.readable()) {
                violations.add(IntegrityCheck.unreadable(stored));
                continue;
            }
            Instant recordedAt;
            Object payload;
            String organisation;
            try {
                recordedAt = Instant.parse(stored.recordedAt());
                if (!recordedAt.isBefore(recordedBefore)) {
                    continue;
                }
                payload = serializer.deserialize(new SimpleSerializedObject<>(stored.payload(), String.class,
                        stored.payloadType(), stored.payloadRevision()));
                organisation = payload instanceof ReferralMade ? organisationOf(stored) : null;
            } catch (RuntimeException e) {
                // the exception's message may quote the stored text: it is neither logged nor answered
                violations.add(new Violation(stored.aggregateId(), stored.sequence(), "The stored event at position "
                        + stored.globalIndex() + " cannot be read: its recordedAt, payload or metadata no longer"
                        + " fits its type (" + e.getClass().getSimpleName() + ")."));
                continue;
            }
            if (payload instanceof ReferralEvent event && (record != null || event instanceof ReferralMade)) {
                record = ReferralRecordFolding.apply(record, event, stored.sequence(), recordedAt, organisation);
            }
        }
        return new AsRecorded(record, List.copyOf(violations));
    }

    private String organisationOf(StoredEvent stored) {
        if (stored.metaData() == null) {
            return null;
        }
        MetaData metaData = serializer.deserialize(new SimpleSerializedObject<>(stored.metaData(), String.class,
                MetaData.class.getName(), null));
        return metaData.get(ReferralRecordFolding.ORGANISATION) instanceof String organisation ? organisation : null;
    }
}
