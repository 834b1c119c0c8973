package org.nrmtracker.query.statistics;

import org.nrmtracker.query.referral.ReferralRecord;
import org.nrmtracker.query.referral.ReferralRecordEvent;
import org.nrmtracker.query.timeline.DecisionWindow;
import org.nrmtracker.query.timeline.ReferralStatus;
import org.nrmtracker.query.timeline.Timeline;
import org.nrmtracker.query.timeline.Timelines;
import org.nrmtracker.query.timeline.WindowState;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The backlog tallies of every point of a series, filled one referral at a time exactly as {@link BacklogStatistics}
 * fills one point's. What a referral is on a date depends only on its events dated on or before it, so its status,
 * {@code S} and first CG are read once for each run of points between two of its event dates, not once per point;
 * only the days waiting and the windows' states, which go on with the date, are told at every point.
 */
final class BacklogSeriesTallies {

    private final List<LocalDate> points;
    private final List<DecisionWindow> windows;
    private final Grouping grouping;
    private final Timelines timelines;
    private final List<Tallies<BacklogTally>> byPoint;

    BacklogSeriesTallies(GetBacklogSeries query, Timelines timelines) {
        this.points = query.points();
        this.windows = query.windows();
        this.grouping = query.grouping();
        this.timelines = timelines;
        this.byPoint = new ArrayList<>(points.size());
        for (LocalDate point : points) {
            byPoint.add(new Tallies<>(() -> new BacklogTally(windows, point), BacklogTally::addAll));
        }
    }

    Tallies<BacklogTally> at(int point) {
        return byPoint.get(point);
    }

    void add(ReferralRecord referral) {
        List<List<String>> keys = new ArrayList<>(1);
        grouping.forEachKey(referral, null, keys::add);
        LocalDate[] eventDates = eventDates(referral);
        int known = -1;
        ReferralStatus status = null;
        LocalDate clockStart = null;
        LocalDate conclusiveOn = null;
        WindowState[] states = new WindowState[windows.size()];
        int dated = 0;
        for (int p = firstPointFrom(referral.referredOn()); p < points.size(); p++) {
            LocalDate point = points.get(p);
            while (dated < eventDates.length && !eventDates[dated].isAfter(point)) {
                dated++;
            }
            if (dated != known) {
                known = dated;
                status = timelines.statusOf(referral, point);
                if (status == ReferralStatus.AWAITING_CONCLUSIVE_GROUNDS) {
                    Timeline timeline = timelines.summaryOf(referral, point, windows);
                    clockStart = timeline.recoveryPeriod().startsOn();
                    conclusiveOn = timeline.conclusiveGrounds().firstDecidedOn();
                }
            }
            if (status == ReferralStatus.AWAITING_REASONABLE_GROUNDS) {
                for (List<String> key : keys) {
                    byPoint.get(p).of(key).addAwaitingReasonableGrounds();
                }
            } else if (status == ReferralStatus.AWAITING_CONCLUSIVE_GROUNDS) {
                for (int i = 0; i < states.length; i++) {
                    // not withdrawn: a withdrawal dated on or before the point would make the status WITHDRAWN
                    states[i] = windows.get(i).stateOn(point, clockStart, conclusiveOn, false);
                }
                for (List<String> key : keys) {
                    byPoint.get(p).of(key).addAwaitingConclusiveGrounds(clockStart, i -> states[i]);
                }
            } else if (dated == eventDates.length) {
                return; // decided or withdrawn, with no later event to reopen it
            }
        }
    }

    void addAll(BacklogSeriesTallies other) {
        for (int p = 0; p < byPoint.size(); p++) {
            byPoint.get(p).addAll(other.byPoint.get(p));
        }
    }

    private int firstPointFrom(LocalDate date) {
        int low = 0;
        int high = points.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (points.get(middle).isBefore(date)) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    private static LocalDate[] eventDates(ReferralRecord referral) {
        TreeSet<LocalDate> dates = new TreeSet<>();
        for (ReferralRecordEvent event : referral.events()) {
            dates.add(event.date());
        }
        return dates.toArray(LocalDate[]::new);
    }
}
