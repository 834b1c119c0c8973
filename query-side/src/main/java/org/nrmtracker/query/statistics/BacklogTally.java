package org.nrmtracker.query.statistics;

import org.nrmtracker.query.timeline.DecisionWindow;
import org.nrmtracker.query.timeline.Timeline;
import org.nrmtracker.query.timeline.WindowState;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/** The running figures of one backlog group. */
final class BacklogTally {

    private final List<DecisionWindow> windows;
    private final LocalDate asOf;
    private long awaitingReasonableGrounds;
    private long awaitingConclusiveGrounds;
    private final Durations waiting = new Durations();
    private final long[] beyond;

    BacklogTally(List<DecisionWindow> windows, LocalDate asOf) {
        this.windows = windows;
        this.asOf = asOf;
        this.beyond = new long[windows.size()];
    }

    void addAwaitingReasonableGrounds() {
        awaitingReasonableGrounds++;
    }

    /** Adds a referral awaiting CG, from its timeline as of {@code asOf} with this tally's windows. */
    void addAwaitingConclusiveGrounds(Timeline timeline) {
        addAwaitingConclusiveGrounds(timeline.recoveryPeriod().startsOn(), i -> timeline.windows().get(i).state());
    }

    /**
     * Adds a referral awaiting CG since {@code clockStart}, the state of each of this tally's windows on {@code asOf}
     * given by its index.
     */
    void addAwaitingConclusiveGrounds(LocalDate clockStart, IntFunction<WindowState> windowState) {
        awaitingConclusiveGrounds++;
        waiting.add(ChronoUnit.DAYS.between(clockStart, asOf));
        for (int i = 0; i < windows.size(); i++) {
            // still waiting and asOf > S + W: waiting more than W days
            if (windowState.apply(i) == WindowState.MISSED) {
                beyond[i]++;
            }
        }
    }

    /** Joins a tally of the same group filled on another thread. */
    void addAll(BacklogTally other) {
        awaitingReasonableGrounds += other.awaitingReasonableGrounds;
        awaitingConclusiveGrounds += other.awaitingConclusiveGrounds;
        waiting.addAll(other.waiting);
        for (int i = 0; i < beyond.length; i++) {
            beyond[i] += other.beyond[i];
        }
    }

    BacklogReport.Group toGroup(Map<String, String> key, MinimumCellSize minimumCellSize) {
        if (minimumCellSize.suppresses(awaitingReasonableGrounds + awaitingConclusiveGrounds)) {
            return BacklogReport.Group.suppressed(key, windows);
        }
        List<BacklogReport.BeyondWindow> beyondWindow = new ArrayList<>();
        for (int i = 0; i < windows.size(); i++) {
            beyondWindow.add(new BacklogReport.BeyondWindow(windows.get(i).days(), beyond[i]));
        }
        return new BacklogReport.Group(key, false, awaitingReasonableGrounds, awaitingConclusiveGrounds,
                waiting.summary(), beyondWindow);
    }
}
