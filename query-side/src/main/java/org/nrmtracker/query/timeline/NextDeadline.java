package org.nrmtracker.query.timeline;

import org.nrmtracker.query.timeline.Timeline.RecoveryPeriod;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The nearest deadline of a referral awaiting CG not yet passed on a date (docs/api.md §4.3). Every deadline runs from
 * {@code S}, the first positive RG decision: the end of the statutory minimum recovery period and each window's end
 * ({@link DecisionWindow#endsOn}); one has passed once the date is after its last day. The recovery period comes
 * before a window ending the same day.
 *
 * @param days     the recovery period's minimum days, or the window's days
 * @param endsOn   its last day: {@code S + days}
 * @param daysLeft days from the date to {@code endsOn}: 0 on that day
 */
public record NextDeadline(DeadlineKind kind, int days, LocalDate endsOn, long daysLeft) {

    /** @return null when every deadline has passed on {@code asOf} */
    static NextDeadline of(RecoveryPeriod recovery, List<DecisionWindow> windows, LocalDate asOf) {
        NextDeadline next = null;
        long recoveryLeft = ChronoUnit.DAYS.between(asOf, recovery.endsOn());
        if (recoveryLeft >= 0) {
            next = new NextDeadline(DeadlineKind.RECOVERY_PERIOD, recovery.minimumDays(), recovery.endsOn(), recoveryLeft);
        }
        for (DecisionWindow window : windows) {
            long left = window.daysLeftOn(recovery.startsOn(), asOf);
            if (left >= 0 && (next == null || left < next.daysLeft())) {
                next = new NextDeadline(DeadlineKind.WINDOW, window.days(), window.endsOn(recovery.startsOn()), left);
            }
        }
        return next;
    }
}
