package org.nrmtracker.query.referral;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.bson.conversions.Bson;
import org.nrmtracker.kernel.referral.ReferralEvent;
import org.nrmtracker.kernel.referral.ReferralMade;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

/**
 * Keeps {@code referral_records} in MongoDB: the durable read model, shared by every instance, behind
 * single-referral reads until an instance's in-memory model has caught up ({@link ReferralRecordsView}).
 * Every write is an idempotent upsert, so a replay or a redelivery changes nothing; a batch's writes go in one
 * bulk write ({@link BatchedWrites}).
 */
@Component
@ProcessingGroup(ReferralRecordProjection.PROCESSING_GROUP)
class ReferralRecordProjection {

    static final String PROCESSING_GROUP = "referral-records";

    private final ReferralRecordDocuments documents;

    ReferralRecordProjection(ReferralRecordDocuments documents) {
        this.documents = documents;
    }

    @EventHandler
    void on(ReferralEvent event, @SequenceNumber Long sequence, @Timestamp Instant recordedAt,
            @MetaDataValue(ReferralRecordFolding.ORGANISATION) String organisation) {
        // a referral's first event gives its attributes; the others add themselves to its document
        ReferralRecord attributes = event instanceof ReferralMade made
                ? ReferralRecordFolding.attributesOf(made, organisation) : null;
        Bson update = ReferralRecordDocument.update(attributes,
                List.of(new ReferralRecordEvent(sequence, recordedAt, event)));
        BatchedWrites.add(ReferralRecordDocuments.upsert(event.referralId().toString(), update), documents::writeAll);
    }

    @ResetHandler
    void reset() {
        documents.deleteAll();
    }
}
