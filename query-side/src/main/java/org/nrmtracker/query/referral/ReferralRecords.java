package org.nrmtracker.query.referral;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** The read side's view of every referral, kept current from the event store. */
public interface ReferralRecords {

    /**
     * One referral as recorded, corrections and retractions included ({@link ReferralRecord#corrected()} gives it as
     * in effect), even when it was retracted: its timeline says so.
     */
    Optional<ReferralRecord> byId(String referralId);

    /**
     * Every referral as in effect (docs/api.md §2): each {@link ReferralRecord#corrected()}, those
     * {@link ReferralRecord#retracted()} left out, as every list, statistic and gauge counts them; a snapshot safe
     * to iterate while events keep arriving.
     */
    Collection<ReferralRecord> all();

    /** What {@link #all()} answers, from every referral as recorded. */
    static Collection<ReferralRecord> inEffect(Collection<ReferralRecord> recorded) {
        List<ReferralRecord> inEffect = new ArrayList<>(recorded.size());
        for (ReferralRecord record : recorded) {
            if (!record.amended()) { // most referrals
                inEffect.add(record);
            } else if (!record.retracted()) {
                inEffect.add(record.corrected());
            }
        }
        return Collections.unmodifiableList(inEffect);
    }
}
