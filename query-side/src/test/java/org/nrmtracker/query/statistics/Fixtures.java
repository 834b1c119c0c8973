package org.nrmtracker.query.statistics;

import org.nrmtracker.kernel.policy.RecoveryPeriodPolicy;
import org.nrmtracker.query.calendar.BankHolidays;
import org.nrmtracker.query.calendar.WorkingDays;
import org.nrmtracker.query.referral.ReferralRecord;
import org.nrmtracker.query.referral.ReferralRecords;
import org.nrmtracker.query.timeline.Timelines;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Real timelines over the shipped bank holidays, and referral stores held in a list, which answer every referral
 * as in effect as the application's own does.
 */
final class Fixtures {

    static final Timelines TIMELINES =
            new Timelines(new WorkingDays(BankHolidays.shipped()), RecoveryPeriodPolicy.standard());

    static final MinimumCellSize NO_SUPPRESSION = new MinimumCellSize(0);

    static ReferralRecords referrals(AReferral... referrals) {
        List<ReferralRecord> records = new ArrayList<>();
        for (AReferral referral : referrals) {
            records.add(referral.record());
        }
        return referrals(records);
    }

    static ReferralRecords referrals(List<ReferralRecord> records) {
        return new ReferralRecords() {
            @Override
            public Optional<ReferralRecord> byId(String referralId) {
                return records.stream().filter(record -> record.referralId().equals(referralId)).findFirst();
            }

            @Override
            public Collection<ReferralRecord> all() {
                return ReferralRecords.inEffect(records);
            }
        };
    }

    /** {@code count} copies of a referral, each with its own id. */
    static List<AReferral> times(int count, java.util.function.Supplier<AReferral> referral) {
        List<AReferral> copies = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            copies.add(referral.get());
        }
        return copies;
    }

    private Fixtures() {
    }
}
