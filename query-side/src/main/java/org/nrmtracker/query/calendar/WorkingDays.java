package org.nrmtracker.query.calendar;

import org.nrmtracker.kernel.referral.Jurisdiction;
import org.springframework.stereotype.Component;

import java.time.LocalDate;

/**
 * Counts working days the way contract §4.1 defines them: the Monday–Friday dates {@code d} with
 * {@code from < d <= to} that are not bank holidays of the jurisdiction. So a decision on the day of referral took
 * 0 working days, and one on the next working day took 1. Constant time apart from the holiday lookup, because
 * statistics count this for every referral.
 */
@Component
public class WorkingDays {

    /** 1970-01-05, a Monday: weekdays are counted in whole weeks from it. */
    private static final long A_MONDAY = LocalDate.of(1970, 1, 5).toEpochDay();

    private final BankHolidays bankHolidays;

    public WorkingDays(BankHolidays bankHolidays) {
        this.bankHolidays = bankHolidays;
    }

    /**
     * @return the working days after {@code from} up to and including {@code to}; 0 when {@code to <= from}
     * @throws OutsideCalendarRange when a counted date lies outside the years the bank-holiday data covers
     */
    public long between(Jurisdiction jurisdiction, LocalDate from, LocalDate to) {
        if (!to.isAfter(from)) {
            return 0;
        }
        bankHolidays.ensureCovers(jurisdiction, from.plusDays(1), to);
        // every listed bank holiday is a weekday (BankHolidays checks), so subtracting them is exact
        return weekdaysUpTo(to) - weekdaysUpTo(from) - bankHolidays.countBetween(jurisdiction, from, to);
    }

    /** Monday–Friday dates from {@link #A_MONDAY} up to and including {@code day} (negative before it). */
    private static long weekdaysUpTo(LocalDate day) {
        long sinceMonday = day.toEpochDay() - A_MONDAY;
        return Math.floorDiv(sinceMonday, 7) * 5 + Math.min(Math.floorMod(sinceMonday, 7) + 1, 5);
    }
}
