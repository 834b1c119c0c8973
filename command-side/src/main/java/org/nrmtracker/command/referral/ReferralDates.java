package org.nrmtracker.command.referral;

import java.time.Clock;
import java.time.LocalDate;

/**
 * When a referral's events may be dated: never after today, and never before the referral, which itself cannot
 * predate the NRM. "Today" comes from the application's Clock, passed to each check.
 */
record ReferralDates(LocalDate referredOn) {

    /** The NRM began on 1 April 2009; no referral predates it. */
    static final LocalDate NRM_STARTED_ON = LocalDate.of(2009, 4, 1);

    static void ensurePossibleReferralDate(LocalDate referredOn, Clock clock) {
        ensureNotInFuture("referral", referredOn, clock);
        if (referredOn.isBefore(NRM_STARTED_ON)) {
            throw new ImpossibleReferralDates("The referral date %s is before the NRM began on %s."
                    .formatted(referredOn, NRM_STARTED_ON));
        }
    }

    void ensureBetweenReferralAndToday(String what, LocalDate date, Clock clock) {
        ensureNotInFuture(what, date, clock);
        if (date.isBefore(referredOn)) {
            throw new ImpossibleReferralDates("The %s date %s is before the referral date %s."
                    .formatted(what, date, referredOn));
        }
    }

    private static void ensureNotInFuture(String what, LocalDate date, Clock clock) {
        if (date.isAfter(LocalDate.now(clock))) {
            throw new ImpossibleReferralDates("The %s date %s is after today.".formatted(what, date));
        }
    }
}
