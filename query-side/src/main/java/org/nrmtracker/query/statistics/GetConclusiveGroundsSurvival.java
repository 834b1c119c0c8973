package org.nrmtracker.query.statistics;

import java.time.LocalDate;

/**
 * docs/api.md §5.4: Kaplan–Meier curves of the wait from positive RG to CG for the referrals made from
 * {@code referredFrom} to {@code referredTo} (either may be open), as known on {@code asOf}; the cohort is chosen
 * as §5.1 chooses it.
 */
record GetConclusiveGroundsSurvival(LocalDate referredFrom, LocalDate referredTo, LocalDate asOf, Grouping grouping) {

    boolean includes(LocalDate referredOn) {
        return (referredFrom == null || !referredOn.isBefore(referredFrom))
                && (referredTo == null || !referredOn.isAfter(referredTo))
                && !referredOn.isAfter(asOf);
    }
}
