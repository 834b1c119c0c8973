package org.nrmtracker.query.statistics;

import org.nrmtracker.query.timeline.DecisionWindow;

import java.time.LocalDate;
import java.util.List;

/**
 * docs/api.md §5.1: the referrals made from {@code referredFrom} to {@code referredTo} (either may be open), as known
 * on {@code asOf}. A referral made after {@code asOf} did not exist yet, so it is never in the cohort.
 */
record GetReferralCohorts(LocalDate referredFrom, LocalDate referredTo, LocalDate asOf, Grouping grouping,
                          List<DecisionWindow> windows, CountedReferrals counted) {

    GetReferralCohorts(LocalDate referredFrom, LocalDate referredTo, LocalDate asOf, Grouping grouping,
                       List<DecisionWindow> windows) {
        this(referredFrom, referredTo, asOf, grouping, windows, CountedReferrals.ALL);
    }

    GetReferralCohorts {
        windows = List.copyOf(windows);
    }

    boolean includes(LocalDate referredOn) {
        return (referredFrom == null || !referredOn.isBefore(referredFrom))
                && (referredTo == null || !referredOn.isAfter(referredTo))
                && !referredOn.isAfter(asOf);
    }
}
