package org.nrmtracker.query.calendar;

import org.nrmtracker.kernel.referral.Jurisdiction;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * One jurisdiction's working days counted once, day by day, over the dates its bank-holiday data covers, so
 * that the working days between two of them is one subtraction. Statistics count them for every referral, and
 * a holiday lookup per count was the largest cost after building the timelines. About 7,000 days per
 * jurisdiction: an {@code int} each.
 */
final class CumulativeWorkingDays {

    /** The epoch day before the first covered day: index 0, so a count may start from it. */
    private final long start;
    /** {@code upTo[i]}: the working days {@code d} with {@code start < d <= start + i}. */
    private final int[] upTo;

    private CumulativeWorkingDays(long start, int[] upTo) {
        this.start = start;
        this.upTo = upTo;
    }

    static CumulativeWorkingDays of(BankHolidays bankHolidays, Jurisdiction jurisdiction) {
        LocalDate first = bankHolidays.firstCoveredDay(jurisdiction);
        LocalDate last = bankHolidays.lastCoveredDay(jurisdiction);
        int[] upTo = new int[Math.toIntExact(last.toEpochDay() - first.toEpochDay() + 2)];
        LocalDate day = first;
        for (int i = 1; i < upTo.length; i++, day = day.plusDays(1)) {
            boolean working = day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                    && !bankHolidays.isBankHoliday(jurisdiction, day);
            upTo[i] = upTo[i - 1] + (working ? 1 : 0);
        }
        return new CumulativeWorkingDays(first.toEpochDay() - 1, upTo);
    }

    /**
     * The working days {@code d} with {@code from < d <= to}, as epoch days; the caller has checked that
     * {@code from < to} and that the days after {@code from} up to {@code to} are covered.
     */
    long between(long from, long to) {
        return upTo[(int) (to - start)] - upTo[(int) (from - start)];
    }
}
