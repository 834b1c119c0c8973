package org.nrmtracker.query.statistics;

import org.nrmtracker.query.timeline.DecisionWindow;

import java.time.LocalDate;
import java.util.List;

/** docs/api.md §5.3: the referrals still open at the end of {@code asOf}. */
record GetBacklog(LocalDate asOf, Grouping grouping, List<DecisionWindow> windows, CountedReferrals counted) {

    GetBacklog(LocalDate asOf, Grouping grouping, List<DecisionWindow> windows) {
        this(asOf, grouping, windows, CountedReferrals.ALL);
    }

    GetBacklog {
        windows = List.copyOf(windows);
    }
}
