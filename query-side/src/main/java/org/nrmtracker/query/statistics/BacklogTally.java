package org.nrmtracker.query.statistics;

import org.nrmtracker.query.timeline.Timeline;
import org.nrmtracker.query.timeline.WindowState;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The running figures of one backlog group. */
final class BacklogTally {

    private final List<Integer> windowDays;
    private final LocalDate asOf;
    private long awaitingReasonableGrounds;
    private long awaitingConclusiveGrounds;
    private final Durations waiting = new Durations();
    private final long[] beyond;

    BacklogTally(List<Integer> windowDays, LocalDate asOf) {
        this.windowDays = windowDays;
        this.asOf = asOf;
        this.beyond = new long[windowDays.size()];
    }

    void addAwaitingReasonableGrounds() {
        awaitingReasonableGrounds++;
    }

    /** Adds a referral awaiting CG, from its timeline as of {@code asOf} with this tally's windows. */
    void addAwaitingConclusiveGrounds(Timeline timeline) {
        awaitingConclusiveGrounds++;
        waiting.add(ChronoUnit.DAYS.between(timeline.recoveryPeriod().startsOn(), asOf));
        for (int i = 0; i < windowDays.size(); i++) {
            // still waiting and asOf > S + W: waiting more than W days
            if (timeline.windows().get(i).state() == WindowState.MISSED) {
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
            return BacklogReport.Group.suppressed(key, windowDays);
        }
        List<BacklogReport.BeyondWindow> beyondWindow = new ArrayList<>();
        for (int i = 0; i < windowDays.size(); i++) {
            beyondWindow.add(new BacklogReport.BeyondWindow(windowDays.get(i), beyond[i]));
        }
        return new BacklogReport.Group(key, false, awaitingReasonableGrounds, awaitingConclusiveGrounds,
                waiting.summary(), beyondWindow);
    }
}
