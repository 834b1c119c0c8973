package org.nrmtracker.query.caseload;

import org.nrmtracker.query.timeline.DecisionWindow;

import java.time.LocalDate;
import java.util.List;

/** docs/api.md §4.3: the caseload of {@code organisation} on {@code asOf} (today), deadlines up to {@code within} days ahead. */
record GetCaseload(String organisation, LocalDate asOf, int within, List<DecisionWindow> windows) {

    GetCaseload {
        windows = List.copyOf(windows);
    }
}
