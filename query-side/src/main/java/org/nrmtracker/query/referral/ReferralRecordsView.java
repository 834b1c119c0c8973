package org.nrmtracker.query.referral;

import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.Optional;

/**
 * One referral is read from MongoDB by its id (shared by every instance, exact-key); all referrals
 * come from this instance's in-memory copy.
 */
@Component
class ReferralRecordsView implements ReferralRecords {

    private final ReferralRecordDocuments documents;
    private final ReferralRecordsInMemory inMemory;

    ReferralRecordsView(ReferralRecordDocuments documents, ReferralRecordsInMemory inMemory) {
        this.documents = documents;
        this.inMemory = inMemory;
    }

    @Override
    public Optional<ReferralRecord> byId(String referralId) {
        return documents.find(referralId);
    }

    @Override
    public Collection<ReferralRecord> all() {
        return inMemory.all();
    }
}
