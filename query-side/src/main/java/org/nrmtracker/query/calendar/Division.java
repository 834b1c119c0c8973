package org.nrmtracker.query.calendar;

import org.nrmtracker.kernel.referral.Jurisdiction;

import java.time.LocalDate;
import java.util.Collections;
import java.util.NavigableSet;

/** One jurisdiction's bank holidays and the whole years they cover. */
record Division(NavigableSet<LocalDate> dates, LocalDate firstDay, LocalDate lastDay) {

    static Division of(Jurisdiction jurisdiction, NavigableSet<LocalDate> dates, String source) {
        if (dates == null || dates.isEmpty()) {
            throw new IllegalStateException(source + " has no bank holidays for " + BankHolidays.divisionName(jurisdiction));
        }
        int firstYear = dates.first().getYear();
        int lastYear = dates.last().getYear();
        // every year in between must be listed: a missing year would silently count its holidays as working days
        for (int year = firstYear; year <= lastYear; year++) {
            LocalDate newYearsDay = LocalDate.of(year, 1, 1);
            if (dates.subSet(newYearsDay, true, newYearsDay.plusYears(1), false).isEmpty()) {
                throw new IllegalStateException("%s has no bank holidays in %d for %s, between years it does cover"
                        .formatted(source, year, BankHolidays.divisionName(jurisdiction)));
            }
        }
        return new Division(Collections.unmodifiableNavigableSet(dates), LocalDate.of(firstYear, 1, 1),
                LocalDate.of(lastYear, 12, 31));
    }
}
