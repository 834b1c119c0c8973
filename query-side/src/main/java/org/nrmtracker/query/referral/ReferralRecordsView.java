package org.nrmtracker.query.referral;

import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.Optional;

/**
 * All referrals come from this instance's in-memory copy. One referral comes from it too once it has caught up
 * with the event store, which saves a round trip to the server on every timeline read; before that it is read
 * from MongoDB by its id (shared by every instance, exact-key), so a restarted instance never answers from a
 * half-built model.
 */
@Component
class ReferralRecordsView implements ReferralRecords {

    private final ReferralRecordDocuments documents;
    private final ReferralRecordsInMemory inMemory;
    private final InMemoryCatchUp catchUp;

    ReferralRecordsView(ReferralRecordDocuments documents, ReferralRecordsInMemory inMemory, InMemoryCatchUp catchUp) {
        this.documents = documents;
        this.inMemory = inMemory;
        this.catchUp = catchUp;
    }

    @Override
    public Optional<ReferralRecord> byId(String referralId) {
        // a referral the model lacks, though caught up, is looked for in the collection too: a miss costs a round trip
        return catchUp.caughtUp() ? inMemory.byId(referralId).or(() -> documents.find(referralId))
                : documents.find(referralId);
    }

    @Override
    public Collection<ReferralRecord> all() {
        return ReferralRecords.inEffect(inMemory.all());
    }
}
