package org.nrmtracker.query.timeline;

import org.nrmtracker.kernel.policy.RecoveryPeriodPolicy;
import org.nrmtracker.query.calendar.BankHolidays;
import org.nrmtracker.query.calendar.WorkingDays;

import java.time.LocalDate;

/** The timelines under test use the shipped bank holidays and the standard recovery-period table. */
final class TimelineFixtures {

    static final Timelines TIMELINES =
            new Timelines(new WorkingDays(BankHolidays.shipped()), RecoveryPeriodPolicy.standard());

    static LocalDate date(String text) {
        return LocalDate.parse(text);
    }

    private TimelineFixtures() {
    }
}
