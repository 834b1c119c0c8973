package org.nrmtracker.query.statistics;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/** How far apart the points of a backlog series are (docs/api.md §5.5): each is the last day of a month or quarter. */
enum BacklogInterval {
    MONTH(1), QUARTER(3);

    private final int months;

    BacklogInterval(int months) {
        this.months = months;
    }

    /**
     * The last days of the months (or quarters) from {@code from} to {@code to}, both inclusive, oldest first; at
     * most {@code limit + 1} of them, enough to tell that a range asks for too many.
     */
    List<LocalDate> endsBetween(LocalDate from, LocalDate to, int limit) {
        List<LocalDate> ends = new ArrayList<>();
        LocalDate end = endOf(from);
        while (!end.isAfter(to) && ends.size() <= limit) {
            ends.add(end);
            end = endOf(end.plusDays(1));
        }
        return ends;
    }

    private LocalDate endOf(LocalDate date) {
        int lastMonth = ((date.getMonthValue() - 1) / months + 1) * months;
        return date.withDayOfMonth(1).withMonth(lastMonth).with(TemporalAdjusters.lastDayOfMonth());
    }
}
