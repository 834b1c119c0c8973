package org.nrmtracker.query.calendar;

import org.nrmtracker.kernel.referral.Jurisdiction;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * Counts working days the way docs/api.md §4.1 defines them: the Monday–Friday dates {@code d} with
 * {@code from < d <= to} that are not bank holidays of the jurisdiction. So a decision on the day of referral took
 * 0 working days, and one on the next working day took 1. Constant time, from counts made once per jurisdiction,
 * because statistics count this for every referral.
 */
@Component
public class WorkingDays {

    private final BankHolidays bankHolidays;
    private final Map<Jurisdiction, CumulativeWorkingDays> cumulative = new EnumMap<>(Jurisdiction.class);

    public WorkingDays(BankHolidays bankHolidays) {
        this.bankHolidays = bankHolidays;
        for (Jurisdiction jurisdiction : Jurisdiction.values()) {
            cumulative.put(jurisdiction, CumulativeWorkingDays.of(bankHolidays, jurisdiction));
        }
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
        return cumulative.get(jurisdiction).between(from.toEpochDay(), to.toEpochDay());
    }
}
