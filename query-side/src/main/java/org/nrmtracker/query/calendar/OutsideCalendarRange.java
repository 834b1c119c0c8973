package org.nrmtracker.query.calendar;

import org.nrmtracker.kernel.referral.Jurisdiction;

import java.time.LocalDate;

/**
 * Working days were asked for dates the shipped bank-holiday data does not cover. The answer would be a guess,
 * so it is refused; the fix is to update {@code bank-holidays/bank-holidays.csv} (see its README).
 */
public class OutsideCalendarRange extends RuntimeException {

    private final Jurisdiction jurisdiction;
    private final LocalDate firstCoveredDay;
    private final LocalDate lastCoveredDay;

    OutsideCalendarRange(Jurisdiction jurisdiction, LocalDate firstCoveredDay, LocalDate lastCoveredDay) {
        super("Working days in %s can only be counted from %s to %s, the dates the bank-holiday data covers."
                .formatted(jurisdiction, firstCoveredDay, lastCoveredDay), null, false, false);
        this.jurisdiction = jurisdiction;
        this.firstCoveredDay = firstCoveredDay;
        this.lastCoveredDay = lastCoveredDay;
    }

    public Jurisdiction jurisdiction() {
        return jurisdiction;
    }

    public LocalDate firstCoveredDay() {
        return firstCoveredDay;
    }

    public LocalDate lastCoveredDay() {
        return lastCoveredDay;
    }
}
