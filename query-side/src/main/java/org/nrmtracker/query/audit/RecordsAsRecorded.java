package org.nrmtracker.query.audit;

import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.nrmtracker.kernel.eventstore.StoredEvent;
import org.nrmtracker.kernel.eventstore.StoredEvents;
import org.nrmtracker.kernel.referral.ReferralEvent;
import org.nrmtracker.kernel.referral.ReferralMade;
import org.nrmtracker.query.referral.ReferralRecord;
import org.nrmtracker.query.referral.ReferralRecordFolding;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Optional;

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

    /** @return empty when the referral itself was not recorded before {@code recordedBefore} */
    Optional<ReferralRecord> recordedBefore(String referralId, Instant recordedBefore) {
        ReferralRecord record = null;
        for (StoredEvent stored : storedEvents.streamOf(referralId)) {
            Instant recordedAt = Instant.parse(stored.recordedAt());
            if (!recordedAt.isBefore(recordedBefore)) {
                continue;
            }
            Object payload = serializer.deserialize(new SimpleSerializedObject<>(stored.payload(), String.class,
                    stored.payloadType(), stored.payloadRevision()));
            if (payload instanceof ReferralEvent event && (record != null || event instanceof ReferralMade)) {
                record = ReferralRecordFolding.apply(record, event, stored.sequence(), recordedAt,
                        event instanceof ReferralMade ? organisationOf(stored) : null);
            }
        }
        return Optional.ofNullable(record);
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
