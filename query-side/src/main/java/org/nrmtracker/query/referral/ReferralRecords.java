package org.nrmtracker.query.referral;

import java.util.Collection;
import java.util.Optional;

/** The read side's view of every referral, kept current from the event store. */
public interface ReferralRecords {

    Optional<ReferralRecord> byId(String referralId);

    /** All referrals; a snapshot safe to iterate while events keep arriving. */
    Collection<ReferralRecord> all();
}
