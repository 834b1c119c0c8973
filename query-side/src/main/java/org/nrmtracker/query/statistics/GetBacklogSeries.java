package org.nrmtracker.query.statistics;

import org.nrmtracker.query.timeline.DecisionWindow;

import java.time.LocalDate;
import java.util.List;

/** docs/api.md §5.5: the backlog of §5.3 at each of {@code points}, oldest first. */
record GetBacklogSeries(List<LocalDate> points, Grouping grouping, List<DecisionWindow> windows) {

    GetBacklogSeries {
        points = List.copyOf(points);
        windows = List.copyOf(windows);
    }
}
