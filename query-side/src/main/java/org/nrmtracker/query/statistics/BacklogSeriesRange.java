package org.nrmtracker.query.statistics;

import org.nrmtracker.platform.problem.InvalidRequest;

import java.time.LocalDate;
import java.util.List;

/**
 * The points a backlog series is asked for (docs/api.md §5.5), at most {@value #MAX_POINTS}: twenty years of months,
 * far more than a chart shows, and a bound on the work one request can ask for.
 */
final class BacklogSeriesRange {

    static final int MAX_POINTS = 240;

    /** @throws InvalidRequest naming {@code from} when the range holds more than {@value #MAX_POINTS} points */
    static List<LocalDate> points(BacklogInterval interval, LocalDate from, LocalDate to) {
        List<LocalDate> points = interval.endsBetween(from, to, MAX_POINTS);
        if (points.size() > MAX_POINTS) {
            throw new InvalidRequest("from", "the range from from to to holds more than %d %s ends; ask for a shorter "
                    .formatted(MAX_POINTS, interval.name().toLowerCase()) + "range or a longer interval");
        }
        return points;
    }

    private BacklogSeriesRange() {
    }
}
